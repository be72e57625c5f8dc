package io.codedelivery.backend.tracking;

import io.codedelivery.contracts.PositionReported;
import java.util.List;

/**
 * Told about every change to the live fleet, in order, on the pipeline's thread: it must hand the
 * changes on, never block. Replayed positions are never passed on as changes.
 */
public interface LiveListener {

    /** New positions (in order per delivery), then the deliveries that left the fleet after them. */
    void onChanges(List<PositionReported> positions, List<Removal> removals);

    /** The replica has read what was in flight when it started; the fleet is now complete. */
    void onCaughtUp();
}
