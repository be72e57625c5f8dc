package io.codedelivery.backend.tracking;

/** Hands live changes to the subscribers (the viewer feature); replayed positions only rebuilt the fleet. */
final class FanOut implements PipelineStage {

    private final LiveListener listener;

    FanOut(LiveListener listener) {
        this.listener = listener;
    }

    @Override
    public String name() {
        return "fan-out";
    }

    @Override
    public void process(LiveBatch batch) {
        if (batch.replayed || batch.positions.isEmpty() && batch.removals.isEmpty()) {
            return;
        }
        listener.onChanges(batch.positions, batch.removals);
    }
}
