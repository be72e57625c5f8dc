package io.codedelivery.backend.tracking;

import io.codedelivery.contracts.PositionReported;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets through only positions newer (by seq) than what the fleet has for their delivery: a
 * redelivered or already-seen position is a duplicate. Refuses what cannot be true: a seq far past
 * the delivery's last, or a time in the future, either of which would pin the vehicle for every
 * viewer. A delivery seen for the first time is taken at any seq (a replica may join mid-route).
 */
final class DropStalePositions implements PipelineStage {

    private static final Logger log = LoggerFactory.getLogger(DropStalePositions.class);

    private final LiveFleet fleet;
    private final long maxSeqJump;
    private final Duration maxClockSkew;
    private final PositionOutcomes outcomes;

    DropStalePositions(LiveFleet fleet, long maxSeqJump, Duration maxClockSkew, PositionOutcomes outcomes) {
        this.fleet = fleet;
        this.maxSeqJump = maxSeqJump;
        this.maxClockSkew = maxClockSkew;
        this.outcomes = outcomes;
    }

    @Override
    public String name() {
        return "drop-stale";
    }

    @Override
    public void process(LiveBatch batch) {
        Instant latestPossible = batch.now.plus(maxClockSkew);
        Map<String, Long> lastInBatch = new HashMap<>();
        for (Iterator<PositionReported> it = batch.positions.iterator(); it.hasNext(); ) {
            PositionReported position = it.next();
            Long seenInBatch = lastInBatch.get(position.deliveryId());
            OptionalLong last = seenInBatch != null ? OptionalLong.of(seenInBatch) : fleet.lastSeq(position.deliveryId());
            if (last.isPresent() && position.seq() <= last.getAsLong() || fleet.hasFinished(position.deliveryId())) {
                outcomes.duplicate();
                it.remove();
            } else if (last.isPresent() && position.seq() - last.getAsLong() > maxSeqJump
                    || position.emittedAt().isAfter(latestPossible)) {
                outcomes.implausible();
                log.warn("refusing implausible position of delivery {}: seq {} after {}, emitted at {}",
                        position.deliveryId(), position.seq(), last, position.emittedAt());
                it.remove();
            } else {
                lastInBatch.put(position.deliveryId(), position.seq());
            }
        }
    }
}
