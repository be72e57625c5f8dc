package io.codedelivery.backend.tracking;

import static io.codedelivery.backend.tracking.LiveBatches.NOW;
import static io.codedelivery.backend.tracking.LiveBatches.batchOf;
import static io.codedelivery.backend.tracking.LiveBatches.position;
import static org.assertj.core.api.Assertions.assertThat;

import io.codedelivery.contracts.PositionReported;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DropStalePositionsTest {

    private final LiveFleet fleet = new LiveFleet();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final DropStalePositions stage = new DropStalePositions(fleet, 100, Duration.ofSeconds(30),
            new PositionOutcomes(meters));

    @Test
    void aPositionNotNewerThanTheFleetsIsADuplicate() {
        fleet.update(position("d1", 5));
        LiveBatch batch = batchOf(position("d1", 4), position("d1", 5), position("d1", 6));
        stage.process(batch);
        assertThat(batch.positions).extracting(PositionReported::seq).containsExactly(6L);
        assertThat(meters.counter("codedelivery.positions", "outcome", "duplicate").count()).isEqualTo(2);
    }

    @Test
    void repeatsWithinOneBatchAreDuplicatesToo() {
        LiveBatch batch = batchOf(position("d1", 0), position("d1", 1), position("d1", 1), position("d1", 0));
        stage.process(batch);
        assertThat(batch.positions).extracting(PositionReported::seq).containsExactly(0L, 1L);
    }

    @Test
    void aFinishedDeliveryTakesNoMorePositions() {
        fleet.finish(position("d1", 9, true, NOW));
        LiveBatch batch = batchOf(position("d1", 10));
        stage.process(batch);
        assertThat(batch.positions).isEmpty();
    }

    @Test
    void aSeqFarBeyondTheDeliverysLastCannotBeTrue() {
        fleet.update(position("d1", 5));
        LiveBatch batch = batchOf(position("d1", 5 + 101), position("d1", 6));
        stage.process(batch);
        assertThat(batch.positions).extracting(PositionReported::seq).containsExactly(6L);
        assertThat(meters.counter("codedelivery.positions", "outcome", "implausible").count()).isEqualTo(1);
    }

    @Test
    void aPositionFromTheFutureCannotBeTrue() {
        LiveBatch batch = batchOf(position("d1", 0, false, NOW.plusSeconds(31)), position("d2", 0, false, NOW.plusSeconds(29)));
        stage.process(batch);
        assertThat(batch.positions).extracting(PositionReported::deliveryId).containsExactly("d2");
    }

    @Test
    void aDeliverySeenForTheFirstTimeIsTakenAtAnySeq() {
        LiveBatch batch = batchOf(position("joined-mid-route", 5_000));
        stage.process(batch);
        assertThat(batch.positions).hasSize(1);
    }
}
