package io.codedelivery.backend.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import io.codedelivery.backend.tracking.LiveFleet;
import io.codedelivery.backend.tracking.TrackingFixture;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A snapshot carries each delivery's trail so far, within its budget of points. */
class SnapshotTrailsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final LiveFleet fleet = new LiveFleet();

    @Test
    void aDeliverysSnapshotCarriesItsTrailEndingAtItsPosition() throws Exception {
        drive("d1", 3);
        drive("d2", 2);
        JsonNode snapshot = snapshotOf(new Scope.OneDelivery("d1"), 20_000);
        assertThat(snapshot.get("positions").get(0).get(2).asLong()).isEqualTo(2);
        assertThat(snapshot.get("trails").propertyNames()).containsExactly("d1");
        assertThat(snapshot.get("trails").get("d1").toString())
                .isEqualTo("[[40.73,-73.99],[40.7301,-73.9899],[40.7302,-73.9898]]");
    }

    @Test
    void eachDeliveryGetsAnEvenShareOfTheBudgetWithItsFirstAndLastPoints() throws Exception {
        drive("d1", 100);
        drive("d2", 3);
        drive("d3", 50);
        JsonNode snapshot = snapshotOf(Scope.FLEET, 30);
        JsonNode trails = snapshot.get("trails");
        assertThat(trails.get("d1")).hasSize(10);
        assertThat(trails.get("d2")).hasSize(3);
        assertThat(trails.get("d3")).hasSize(10);
        assertThat(trails.get("d1").get(0).toString()).isEqualTo("[40.73,-73.99]");
        assertThat(trails.get("d1").get(9).toString()).isEqualTo("[40.7399,-73.9801]");
    }

    @Test
    void aBudgetTooSmallForTwoPointsPerDeliveryCarriesNoTrails() throws Exception {
        for (int i = 0; i < 5; i++) {
            drive("d" + i, 10);
        }
        JsonNode snapshot = snapshotOf(Scope.FLEET, 9);
        assertThat(snapshot.get("positions")).hasSize(5);
        assertThat(snapshot.get("trails").isObject()).isTrue();
        assertThat(snapshot.get("trails")).isEmpty();
    }

    private void drive(String deliveryId, int positions) {
        for (int seq = 0; seq < positions; seq++) {
            TrackingFixture.update(fleet, Rows.position(deliveryId, seq, 40.73 + seq * 1e-4, -73.99 + seq * 1e-4));
        }
    }

    private JsonNode snapshotOf(Scope scope, int budget) {
        Subscriptions subscriptions = new Subscriptions(fleet, budget);
        subscriptions.onCaughtUp();
        Viewer viewer = new Viewer(new RecordingSocket(), new ViewerSettings(List.of(), 1_000, Duration.ofSeconds(5),
                Duration.ofSeconds(15), Duration.ofSeconds(30), "test", budget), new ViewerMetrics(new SimpleMeterRegistry()));
        subscriptions.subscribe(viewer, scope);
        List<Frame> frames = viewer.outbox().poll();
        assertThat(frames.getFirst()).isInstanceOf(Frame.Snapshot.class);
        return JSON.readTree(FrameEncoder.encode(frames.getFirst()));
    }
}
