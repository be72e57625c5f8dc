package io.codedelivery.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class SearchEventsTest {

    private static final JsonMapper TREES = JsonMapper.builder().build();
    private static final Instant REQUESTED = Instant.parse("2026-11-25T14:00:00Z");

    private static final DeliveryStatusChanged GOLDEN_STATUS = DeliveryStatusChanged.of("d-0b7e2f4a", "fifth-avenue",
            "Washington Square to Madison Square", "delivered", REQUESTED, Instant.parse("2026-11-25T14:00:01.500Z"),
            Instant.parse("2026-11-25T14:04:21.500Z"), null, 1174.5, 1174.5, Instant.parse("2026-11-25T14:04:21.700Z"));

    private static final ViewerSessionChanged GOLDEN_SESSION = new ViewerSessionChanged("v-5f0c1d2e", "backend-1",
            "delivery", List.of("d-0b7e2f4a"), "open", REQUESTED, Instant.parse("2026-11-25T14:01:30Z"),
            Instant.parse("2026-11-25T14:02:45Z"), null);

    @Test
    void theDurationOfADeliveryIsFromItsStartToItsArrival() {
        assertThat(GOLDEN_STATUS.durationSeconds()).isEqualTo(260.0);
        assertThat(DeliveryStatusChanged.of("d", "r", "t", "in_transit", REQUESTED, REQUESTED.plusSeconds(1), null, null, 10,
                null, REQUESTED.plusSeconds(1)).durationSeconds()).isNull();
    }

    @Test
    void aCancelledDeliveryLastedFromItsStartToItsCancellationAndWasNeverDelivered() {
        DeliveryStatusChanged cancelled = DeliveryStatusChanged.of("d", "r", "t", "cancelled", REQUESTED,
                REQUESTED.plusSeconds(2), null, REQUESTED.plusSeconds(32), 10, 4.5, REQUESTED.plusSeconds(33));

        assertThat(cancelled.durationSeconds()).isEqualTo(30.0);
        assertThat(cancelled.deliveredAt()).isNull();
        assertThat(Events.read(Topics.DELIVERY_STATUS, "d", Events.write(Topics.DELIVERY_STATUS, "d", cancelled)))
                .isEqualTo(cancelled);
    }

    @Test
    void statusChangesReadAndWriteTheGoldenSample() {
        assertThat(Events.read(Topics.DELIVERY_STATUS, "d-0b7e2f4a", GoldenSamples.deliveryStatusChanged()))
                .isEqualTo(GOLDEN_STATUS);
        assertThat(TREES.readTree(Events.write(Topics.DELIVERY_STATUS, "d-0b7e2f4a", GOLDEN_STATUS)))
                .isEqualTo(TREES.readTree(GoldenSamples.deliveryStatusChanged()));
    }

    @Test
    void viewerSessionsReadAndWriteTheGoldenSampleKeyedByTheViewer() {
        assertThat(Events.read(Topics.VIEWER_SESSIONS, "v-5f0c1d2e", GoldenSamples.viewerSessionChanged()))
                .isEqualTo(GOLDEN_SESSION);
        assertThat(TREES.readTree(Events.write(Topics.VIEWER_SESSIONS, "v-5f0c1d2e", GOLDEN_SESSION)))
                .isEqualTo(TREES.readTree(GoldenSamples.viewerSessionChanged()));
        assertThatThrownBy(() -> Events.read(Topics.VIEWER_SESSIONS, "d-0b7e2f4a", GoldenSamples.viewerSessionChanged()))
                .isInstanceOf(MalformedEventException.class)
                .hasMessage("viewer.sessions: record key differs from the viewerId");
        assertThatThrownBy(() -> Events.write(Topics.VIEWER_SESSIONS, "other", GOLDEN_SESSION))
                .hasMessage("viewer.sessions: the record key must be the event's viewerId");
    }

    @Test
    void aStatusOutsideTheLifecycleIsRefused() {
        assertThatThrownBy(() -> DeliveryStatusChanged.of("d", "r", "t", "lost", REQUESTED, null, null, null, 1, null, REQUESTED))
                .hasMessage("status must be one of requested, in_transit, delivered, cancelled");
        assertThatThrownBy(() -> DeliveryStatusChanged.of("d", "r", "t", "requested", REQUESTED, null, null,
                null, Double.NaN, null, REQUESTED)).hasMessage("distanceMeters must be a finite number of at least 0");
    }

    @Test
    void aClosedSessionSaysWhenItClosedAndFollowsAtMostOneDelivery() {
        assertThatThrownBy(() -> new ViewerSessionChanged("v", "b", "fleet", List.of(), "closed", REQUESTED, REQUESTED,
                REQUESTED, null)).hasMessage("a closed session needs disconnectedAt");
        assertThatThrownBy(() -> new ViewerSessionChanged("v", "b", "fleet", List.of("a", "b"), "open", REQUESTED,
                REQUESTED, REQUESTED, null)).hasMessage("deliveryIds holds at most the one delivery a viewer follows");
        assertThatThrownBy(() -> new ViewerSessionChanged("v", "b", "everything", List.of(), "open", REQUESTED,
                REQUESTED, REQUESTED, null)).hasMessage("scope must be one of fleet, area, delivery");
        assertThat(new ViewerSessionChanged("v", "b", "fleet", null, "open", REQUESTED, REQUESTED, REQUESTED, null)
                .deliveryIds()).isEmpty();
    }
}
