package io.codedelivery.backend.tracking;

import io.codedelivery.contracts.PositionReported;

/** Makes each position its delivery's latest in the fleet, so snapshots show it. */
final class UpdateLiveFleet implements PipelineStage {

    private final LiveFleet fleet;

    UpdateLiveFleet(LiveFleet fleet) {
        this.fleet = fleet;
    }

    @Override
    public String name() {
        return "update-fleet";
    }

    @Override
    public void process(LiveBatch batch) {
        for (PositionReported position : batch.positions) {
            if (!position.finished()) {
                fleet.update(position);
            }
        }
    }
}
