package io.codedelivery.backend.tracking;

import io.codedelivery.contracts.PositionReported;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
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

    private static final long NEVER_SEEN = -1;
    private static final long FINISHED = Long.MAX_VALUE;

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
            long last = lastSeq(position.deliveryId(), lastInBatch);
            if (position.seq() <= last) {
                outcomes.duplicate();
                it.remove();
            } else if (last != NEVER_SEEN && position.seq() - last > maxSeqJump
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

    /**
     * The delivery's last seq: from this batch, else from the fleet; {@link #NEVER_SEEN}, or
     * {@link #FINISHED} (no seq is newer). One map lookup in the common case (the profile showed
     * this stage's lookups).
     */
    private long lastSeq(String deliveryId, Map<String, Long> lastInBatch) {
        Long seenInBatch = lastInBatch.get(deliveryId);
        if (seenInBatch != null) {
            return seenInBatch;
        }
        PositionReported latest = fleet.latest(deliveryId);
        if (latest != null) {
            return latest.seq();
        }
        return fleet.hasFinished(deliveryId) ? FINISHED : NEVER_SEEN;
    }
}
