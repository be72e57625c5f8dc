package io.codedelivery.backend.tracking;

import io.codedelivery.contracts.PositionReported;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes deliveries off the live fleet and says so: a finished one right after its last position,
 * and, every {@code sweepInterval}, those whose vehicle has been silent for {@code silenceLimit}
 * (a phone that went offline), so no open map keeps a ghost.
 */
final class AnnounceRemovals implements PipelineStage {

    private static final Logger log = LoggerFactory.getLogger(AnnounceRemovals.class);

    private final LiveFleet fleet;
    private final Duration silenceLimit;
    private final Duration sweepInterval;
    private Instant nextSweep = Instant.MIN;

    AnnounceRemovals(LiveFleet fleet, Duration silenceLimit, Duration sweepInterval) {
        this.fleet = fleet;
        this.silenceLimit = silenceLimit;
        this.sweepInterval = sweepInterval;
    }

    @Override
    public String name() {
        return "announce-removals";
    }

    @Override
    public void process(LiveBatch batch) {
        for (PositionReported position : batch.positions) {
            if (position.finished()) {
                batch.removals.add(fleet.finish(position));
            }
        }
        if (batch.now.isBefore(nextSweep)) {
            return;
        }
        nextSweep = batch.now.plus(sweepInterval);
        List<Removal> silent = fleet.forgetSilentSince(batch.now.minus(silenceLimit));
        if (!silent.isEmpty()) {
            log.info("{} silent deliveries left the live fleet", silent.size());
            batch.removals.addAll(silent);
        }
    }
}
