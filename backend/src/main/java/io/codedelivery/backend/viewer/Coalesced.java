package io.codedelivery.backend.viewer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A viewer's backlog once it fell behind: the latest position of each delivery and the removals
 * still to announce, plus how many positions were skipped. Bounded by the deliveries in the scope.
 * A delivery's final position is kept beside its removal, so a delivered vehicle still ends at its
 * destination.
 */
final class Coalesced {

    private final Map<String, PositionRow> latest = new LinkedHashMap<>();
    private final Map<String, ViewerRemoval> removed = new LinkedHashMap<>();
    private int skipped;

    int size() {
        return latest.size();
    }

    /** Returns how many positions the new rows replaced. */
    int add(List<PositionRow> rows) {
        int replaced = 0;
        for (PositionRow row : rows) {
            if (latest.put(row.deliveryId(), row) != null) {
                replaced++;
            }
            removed.remove(row.deliveryId());
        }
        skipped += replaced;
        return replaced;
    }

    void remove(List<ViewerRemoval> removals) {
        for (ViewerRemoval removal : removals) {
            removed.put(removal.deliveryId(), removal);
        }
    }

    void dropNotNewerThan(SnapshotSeqs snapshot) {
        latest.values().removeIf(row -> !snapshot.isNewer(row));
        removed.values().removeIf(removal -> !snapshot.isNewer(removal));
    }

    void drainTo(List<Frame> frames) {
        if (!latest.isEmpty()) {
            frames.add(new Frame.Positions(List.of(new RowChunk(new ArrayList<>(latest.values()))), skipped));
        }
        if (!removed.isEmpty()) {
            frames.add(new Frame.Removed(List.copyOf(removed.values())));
        }
    }
}
