package io.codedelivery.backend.viewer;

import io.codedelivery.contracts.PositionReported;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Positions and rows for viewer tests. */
final class Rows {

    static final Instant AT = Instant.parse("2026-11-25T14:00:00Z");

    private Rows() {
    }

    static PositionReported position(String deliveryId, long seq, double lat, double lng) {
        return new PositionReported(deliveryId, "broadway", seq, lat, lng, false, AT);
    }

    static PositionReported position(String deliveryId, long seq) {
        return position(deliveryId, seq, 40.73, -73.99);
    }

    static RowChunk chunk(String deliveryId, long fromSeq, long toSeq) {
        List<PositionRow> rows = new ArrayList<>();
        for (long seq = fromSeq; seq <= toSeq; seq++) {
            rows.add(PositionRow.of(position(deliveryId, seq)));
        }
        return new RowChunk(rows);
    }
}
