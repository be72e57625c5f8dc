package io.codedelivery.backend.tracking;

import io.codedelivery.contracts.PositionReported;
import java.util.List;

/**
 * Told about the live fleet: first a snapshot, then every batch of new positions, in order. Both
 * calls are made while the fleet is locked, so they must only hand the data on, never block.
 */
public interface PositionListener {

    void onSnapshot(List<PositionReported> latest);

    void onPositions(PositionBatch batch);
}
