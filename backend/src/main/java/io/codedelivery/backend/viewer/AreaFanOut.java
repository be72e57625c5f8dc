package io.codedelivery.backend.viewer;

import io.codedelivery.contracts.PositionReported;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives an area's viewer the positions inside its box; a delivery it was shown that moves out, or
 * leaves the fleet, is announced as removed.
 */
final class AreaFanOut {

    private AreaFanOut() {
    }

    static void route(Registration registration, List<PositionReported> positions, List<PositionRow> rows,
            List<ViewerRemoval> gone) {
        Scope.Area area = (Scope.Area) registration.scope();
        List<PositionRow> inside = new ArrayList<>();
        List<ViewerRemoval> removals = new ArrayList<>();
        for (int i = 0; i < positions.size(); i++) {
            PositionReported position = positions.get(i);
            if (area.contains(position)) {
                registration.inside().add(position.deliveryId());
                inside.add(rows.get(i));
                if (!removals.isEmpty()) {
                    removals.removeIf(removal -> removal.deliveryId().equals(position.deliveryId()));
                }
            } else if (registration.inside().remove(position.deliveryId()) || registration.snapshotPending()) {
                removals.add(ViewerRemoval.leftArea(position.deliveryId(), position.seq()));
            }
        }
        for (ViewerRemoval removal : gone) {
            if (registration.inside().remove(removal.deliveryId()) || registration.snapshotPending()) {
                removals.add(removal);
            }
        }
        if (!inside.isEmpty() || !removals.isEmpty()) {
            registration.offer(new RowChunk(inside), removals);
        }
    }
}
