package io.codedelivery.backend.tracking;

import io.codedelivery.contracts.PositionReported;

/** Lets other features' tests put positions in the live fleet as the pipeline would. */
public final class TrackingFixture {

    private TrackingFixture() {
    }

    public static void update(LiveFleet fleet, PositionReported position) {
        if (position.finished()) {
            fleet.finish(position);
        } else {
            fleet.update(position);
        }
    }
}
