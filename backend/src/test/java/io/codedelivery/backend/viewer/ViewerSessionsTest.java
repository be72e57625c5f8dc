package io.codedelivery.backend.viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.codedelivery.backend.support.SettableClock;
import io.codedelivery.contracts.ViewerSessionChanged;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What a replica tells about its browsers, and that it never leaves one counted open forever. */
class ViewerSessionsTest {

    private static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");

    private final List<ViewerSessionChanged> sent = new CopyOnWriteArrayList<>();
    private final SettableClock clock = new SettableClock(T0);
    private final ViewerSessions sessions = new ViewerSessions("backend-1", Duration.ofSeconds(30), clock,
            sent::add);

    @AfterEach
    void tearDown() {
        sessions.close();
    }

    @Test
    void anOpenedSocketIsOpenForTwoAndAHalfHeartbeats() {
        sessions.start();
        sessions.opened("s1", Scope.FLEET);
        ViewerSessionChanged opened = awaitSent(1).getFirst();
        assertThat(opened.state()).isEqualTo("open");
        assertThat(opened.replica()).isEqualTo("backend-1");
        assertThat(opened.scope()).isEqualTo("fleet");
        assertThat(opened.connectedAt()).isEqualTo(T0);
        assertThat(opened.openUntil()).isEqualTo(T0.plusSeconds(75));
        assertThat(opened.disconnectedAt()).isNull();
    }

    @Test
    void eachHeartbeatPushesOpenUntilForwardUnderTheSameViewerId() {
        sessions.start();
        sessions.opened("s1", new Scope.OneDelivery("d-1"));
        clock.set(T0.plusSeconds(30));
        sessions.renewAll();
        List<ViewerSessionChanged> events = awaitSent(2);
        assertThat(events.get(1).viewerId()).isEqualTo(events.get(0).viewerId());
        assertThat(events.get(1).connectedAt()).isEqualTo(T0);
        assertThat(events.get(1).lastSeenAt()).isEqualTo(T0.plusSeconds(30));
        assertThat(events.get(1).openUntil()).isEqualTo(T0.plusSeconds(105));
        assertThat(events.get(1).deliveryIds()).containsExactly("d-1");
    }

    @Test
    void aChangeOfScopeAndAClosedSocketAreTold() {
        sessions.start();
        sessions.opened("s1", Scope.FLEET);
        sessions.watching("s1", new Scope.Area(-74.1, 40.6, -73.9, 40.8));
        clock.set(T0.plusSeconds(12));
        sessions.closed("s1");
        sessions.renewAll();
        List<ViewerSessionChanged> events = awaitSent(3);
        assertThat(events).extracting(ViewerSessionChanged::scope).containsExactly("fleet", "area", "area");
        ViewerSessionChanged closed = events.get(2);
        assertThat(closed.state()).isEqualTo("closed");
        assertThat(closed.disconnectedAt()).isEqualTo(T0.plusSeconds(12));
        assertThat(closed.openUntil()).isEqualTo(T0.plusSeconds(12));
        assertThat(sessions.open()).isZero();
    }

    @Test
    void aDeliveryIdNoDeliveryCouldHaveIsNotRecorded() {
        sessions.start();
        sessions.opened("s1", new Scope.OneDelivery("<script>"));
        assertThat(awaitSent(1).getFirst().deliveryIds()).isEmpty();
    }

    @Test
    void shuttingDownClosesEverySessionStillOpen() {
        sessions.start();
        sessions.opened("s1", Scope.FLEET);
        sessions.opened("s2", Scope.FLEET);
        sessions.close();
        assertThat(sent).filteredOn(event -> event.state().equals("closed"))
                .extracting(ViewerSessionChanged::viewerId).hasSize(2).doesNotHaveDuplicates();
    }

    @Test
    void aFailingSinkDoesNotStopTheSender() {
        List<ViewerSessionChanged> delivered = new CopyOnWriteArrayList<>();
        ViewerSessions flaky = new ViewerSessions("backend-1", Duration.ofSeconds(30), clock, event -> {
            if (delivered.isEmpty() && event.scope().equals("fleet")) {
                delivered.add(event);
                throw new IllegalStateException("broker away");
            }
            delivered.add(event);
        });
        flaky.start();
        flaky.opened("s1", Scope.FLEET);
        flaky.opened("s2", new Scope.OneDelivery("d-2"));
        await().atMost(Duration.ofSeconds(10)).until(() -> delivered.size() == 2);
        flaky.close();
    }

    private List<ViewerSessionChanged> awaitSent(int count) {
        await().atMost(Duration.ofSeconds(10)).until(() -> sent.size() >= count);
        return List.copyOf(sent);
    }
}
