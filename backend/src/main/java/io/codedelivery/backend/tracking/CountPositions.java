package io.codedelivery.backend.tracking;

import java.time.Clock;

/** Counts what went through: positions passed on (and their age), removals announced. */
final class CountPositions implements PipelineStage {

    private final PositionOutcomes outcomes;
    private final Clock clock;

    CountPositions(PositionOutcomes outcomes, Clock clock) {
        this.outcomes = outcomes;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "metrics";
    }

    @Override
    public void process(LiveBatch batch) {
        outcomes.accepted(batch.positions.size(), batch.replayed);
        outcomes.removed(batch.removals);
        if (!batch.replayed) {
            outcomes.handedOver(batch.positions, clock.millis());
        }
    }
}
