package io.codedelivery.backend.viewer;

import static io.codedelivery.backend.viewer.OutboxTest.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.codedelivery.backend.tracking.LiveFleet;
import io.codedelivery.backend.tracking.TrackingFixture;
import io.codedelivery.backend.tracking.Removal;
import io.codedelivery.contracts.PositionReported;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fan-out by scope, driven the way the pipeline drives it. */
class SubscriptionsTest {

    private static final Scope.Area MIDTOWN = new Scope.Area(-74.0, 40.74, -73.97, 40.77);

    private final LiveFleet fleet = new LiveFleet();
    private final Subscriptions subscriptions = new Subscriptions(fleet, 20_000);
    private final ViewerSettings settings = new ViewerSettings(List.of(), 1_000, Duration.ofSeconds(5), Duration.ofSeconds(15),
            Duration.ofSeconds(30), "test", 20_000);

    @Test
    void noSnapshotGoesOutUntilTheReplayHasCaughtUp() throws Exception {
        Viewer early = viewer(Scope.FLEET);
        assertThat(early.outbox().poll()).as("nothing before the replay caught up").isEmpty();
        changes(List.of(Rows.position("d1", 0)), List.of());
        subscriptions.onCaughtUp();
        await().atMost(Duration.ofSeconds(10)).until(early.outbox()::hasReady);
        List<Frame> frames = early.outbox().poll();
        assertThat(frames.get(0)).isInstanceOf(Frame.Snapshot.class);
    }

    @Test
    void fleetViewersGetEveryDeliveryAndOneDeliverysViewerOnlyItsOwn() throws Exception {
        subscriptions.onCaughtUp();
        Viewer dispatcher = viewer(Scope.FLEET);
        Viewer customer = viewer(new Scope.OneDelivery("d2"));
        skipSnapshots(dispatcher, customer);

        changes(List.of(Rows.position("d1", 0), Rows.position("d2", 0), Rows.position("d2", 1)),
                List.of(new Removal("d1", Removal.Reason.DELIVERED, 0)));

        List<Frame> fleetFrames = dispatcher.outbox().poll();
        assertThat(rows(fleetFrames)).extracting(PositionRow::deliveryId).containsExactly("d1", "d2", "d2");
        assertThat(fleetFrames).last().isEqualTo(new Frame.Removed(List.of(new ViewerRemoval("d1", "delivered", 0))));
        List<Frame> customerFrames = customer.outbox().poll();
        assertThat(rows(customerFrames)).extracting(PositionRow::seq).containsExactly(0L, 1L);
        assertThat(customerFrames).noneMatch(Frame.Removed.class::isInstance);
    }

    @Test
    void anAreaViewerSeesDeliveriesEnterAndIsToldWhenOneLeaves() throws Exception {
        subscriptions.onCaughtUp();
        Viewer area = viewer(MIDTOWN);
        skipSnapshots(area);

        changes(List.of(Rows.position("d1", 0, 40.70, -73.99)), List.of());
        changes(List.of(Rows.position("d1", 1, 40.75, -73.99)), List.of());
        assertThat(rows(area.outbox().poll())).extracting(PositionRow::seq).containsExactly(1L);

        changes(List.of(Rows.position("d1", 2, 40.80, -73.99), Rows.position("d9", 0, 40.80, -73.99)), List.of());
        assertThat(area.outbox().poll()).containsExactly(
                new Frame.Removed(List.of(ViewerRemoval.leftArea("d1", 2))));
    }

    @Test
    void anAreaViewerIsToldWhenADeliveryItShowsEnds() throws Exception {
        subscriptions.onCaughtUp();
        inFleet(Rows.position("d1", 4, 40.75, -73.99));
        Viewer area = viewer(MIDTOWN);
        List<Frame> snapshot = area.outbox().poll();
        assertThat(((Frame.Snapshot) snapshot.get(0)).positions().rows()).extracting(PositionRow::deliveryId)
                .containsExactly("d1");
        changes(List.of(), List.of(new Removal("d1", Removal.Reason.SILENT, 4), new Removal("elsewhere", Removal.Reason.SILENT, 1)));
        assertThat(area.outbox().poll()).containsExactly(
                new Frame.Removed(List.of(new ViewerRemoval("d1", "silent", 4))));
    }

    @Test
    void changingScopeOnTheOpenSocketSendsTheNewScopesSnapshotAndNothingOfTheOld() throws Exception {
        subscriptions.onCaughtUp();
        inFleet(Rows.position("d2", 3));
        Viewer viewer = viewer(Scope.FLEET);
        skipSnapshots(viewer);
        changes(List.of(Rows.position("d1", 0)), List.of());

        subscriptions.subscribe(viewer, new Scope.OneDelivery("d2"));
        changes(List.of(Rows.position("d1", 1), Rows.position("d2", 4)), List.of());

        List<Frame> frames = viewer.outbox().poll();
        assertThat(frames.get(0)).isInstanceOf(Frame.Snapshot.class);
        assertThat(((Frame.Snapshot) frames.get(0)).scope()).isEqualTo(new Scope.OneDelivery("d2"));
        assertThat(rows(frames)).extracting(PositionRow::deliveryId).containsOnly("d2");
        assertThat(subscriptions.countByKind()).containsEntry("fleet", 0).containsEntry("delivery", 1);
    }

    @Test
    void aDeliverysViewerStopsGettingAnythingOnceUnsubscribed() throws Exception {
        subscriptions.onCaughtUp();
        Viewer customer = viewer(new Scope.OneDelivery("d1"));
        skipSnapshots(customer);
        subscriptions.unsubscribe(customer);
        changes(List.of(Rows.position("d1", 0)), List.of());
        assertThat(customer.outbox().poll()).isEmpty();
        assertThat(subscriptions.countByKind()).containsEntry("delivery", 0);
    }

    private void inFleet(PositionReported position) {
        changes(List.of(position), List.of());
    }

    private void changes(List<PositionReported> positions, List<Removal> removals) {
        positions.forEach(position -> TrackingFixture.update(fleet, position));
        subscriptions.onChanges(positions, removals);
    }

    private Viewer viewer(Scope scope) {
        Viewer viewer = new Viewer(new RecordingSocket(), settings, new ViewerMetrics(new SimpleMeterRegistry()));
        subscriptions.subscribe(viewer, scope);
        return viewer;
    }

    private static void skipSnapshots(Viewer... viewers) {
        for (Viewer viewer : viewers) {
            assertThat(viewer.outbox().poll()).singleElement().isInstanceOf(Frame.Snapshot.class);
        }
    }
}
