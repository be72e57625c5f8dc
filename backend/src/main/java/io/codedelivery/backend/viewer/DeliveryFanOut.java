package io.codedelivery.backend.viewer;

import io.codedelivery.contracts.PositionReported;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Gives viewers of one delivery the rows and removals of that delivery, one chunk per viewer per batch. */
final class DeliveryFanOut {

    private DeliveryFanOut() {
    }

    /** {@code rows}, when not null, are the positions already encoded, index for index. */
    static void route(Map<String, Set<Registration>> byDelivery, List<PositionReported> positions,
            List<PositionRow> rows, List<ViewerRemoval> gone) {
        Map<String, List<PositionRow>> rowsOf = new HashMap<>();
        for (int i = 0; i < positions.size(); i++) {
            PositionReported position = positions.get(i);
            if (byDelivery.containsKey(position.deliveryId())) {
                rowsOf.computeIfAbsent(position.deliveryId(), id -> new ArrayList<>())
                        .add(rows != null ? rows.get(i) : PositionRow.of(position));
            }
        }
        Map<String, List<ViewerRemoval>> removalsOf = new HashMap<>();
        for (ViewerRemoval removal : gone) {
            if (byDelivery.containsKey(removal.deliveryId())) {
                removalsOf.computeIfAbsent(removal.deliveryId(), id -> new ArrayList<>()).add(removal);
            }
        }
        Set<String> touched = new HashSet<>(rowsOf.keySet());
        touched.addAll(removalsOf.keySet());
        for (String deliveryId : touched) {
            Set<Registration> viewers = byDelivery.get(deliveryId);
            if (viewers == null) {
                continue;
            }
            RowChunk chunk = new RowChunk(rowsOf.getOrDefault(deliveryId, List.of()));
            List<ViewerRemoval> removals = removalsOf.getOrDefault(deliveryId, List.of());
            viewers.forEach(registration -> registration.offer(chunk, removals));
        }
    }
}
