package io.codedelivery.backend.tracking;

import static io.codedelivery.backend.tracking.LiveBatches.NOW;
import static io.codedelivery.backend.tracking.LiveBatches.batchOf;
import static io.codedelivery.backend.tracking.LiveBatches.position;
import static org.assertj.core.api.Assertions.assertThat;

import io.codedelivery.contracts.GeoPoint;
import io.codedelivery.contracts.PositionReported;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnnounceRemovalsTest {

    private final LiveFleet fleet = new LiveFleet();
    private final AnnounceRemovals stage = new AnnounceRemovals(fleet, Duration.ofMinutes(5), Duration.ofSeconds(10));

    @Test
    void aFinishedDeliveryLeavesTheFleetAsDeliveredAfterItsLastPosition() {
        fleet.update(position("d1", 8));
        LiveBatch batch = batchOf(position("d1", 9, true, NOW));
        stage.process(batch);
        assertThat(batch.removals).containsExactly(new Removal("d1", Removal.Reason.DELIVERED, 9));
        assertThat(fleet.latest("d1")).isNull();
        assertThat(fleet.hasFinished("d1")).isTrue();
    }

    @Test
    void aCancelledDeliveryLeavesTheFleetAsCancelledWhenItsVehicleStops() {
        fleet.update(position("d1", 4));
        LiveBatch batch = batchOf(PositionReported.cancelledAt("d1", "r1", 5, new GeoPoint(40.7, -74.0), NOW));
        stage.process(batch);
        assertThat(batch.removals).containsExactly(new Removal("d1", Removal.Reason.CANCELLED, 5));
        assertThat(fleet.latest("d1")).isNull();
        assertThat(fleet.hasFinished("d1")).as("a late position cannot bring it back").isTrue();
    }

    @Test
    void aDeliverySilentPastTheLimitLeavesTheFleetAsSilent() {
        fleet.update(position("quiet", 3, false, NOW.minus(Duration.ofMinutes(6))));
        fleet.update(position("talking", 3, false, NOW.minus(Duration.ofMinutes(1))));
        LiveBatch batch = batchOf();
        stage.process(batch);
        assertThat(batch.removals).containsExactly(new Removal("quiet", Removal.Reason.SILENT, 3));
        assertThat(fleet.latest()).extracting(p -> p.deliveryId()).containsExactly("talking");
    }

    @Test
    void silenceIsLookedForOncePerSweepInterval() {
        stage.process(batchOf());
        fleet.update(position("quiet", 3, false, NOW.minus(Duration.ofMinutes(6))));
        LiveBatch soon = new LiveBatch(List.of(), false, NOW.plusSeconds(5));
        stage.process(soon);
        LiveBatch later = new LiveBatch(List.of(), false, NOW.plusSeconds(10));
        stage.process(later);
        assertThat(soon.removals).isEmpty();
        assertThat(later.removals).extracting(Removal::deliveryId).containsExactly("quiet");
    }
}
