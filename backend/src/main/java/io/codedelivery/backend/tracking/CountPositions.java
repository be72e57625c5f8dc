package io.codedelivery.backend.tracking;

/** Counts what went through: positions passed on, removals announced. */
final class CountPositions implements PipelineStage {

    private final PositionOutcomes outcomes;

    CountPositions(PositionOutcomes outcomes) {
        this.outcomes = outcomes;
    }

    @Override
    public String name() {
        return "metrics";
    }

    @Override
    public void process(LiveBatch batch) {
        outcomes.accepted(batch.positions.size(), batch.replayed);
        outcomes.removed(batch.removals);
    }
}
