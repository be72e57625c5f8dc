package io.codedelivery.backend.viewer;

import java.util.List;

/**
 * Rows that travel together (one batch for a whole scope); their joined JSON is made on first use
 * and shared by every viewer the chunk is queued for.
 */
final class RowChunk {

    private final List<PositionRow> rows;
    private volatile String joined;

    RowChunk(List<PositionRow> rows) {
        this.rows = List.copyOf(rows);
    }

    List<PositionRow> rows() {
        return rows;
    }

    int size() {
        return rows.size();
    }

    /** The rows' JSON separated by commas, ready to go inside an array. */
    String joined() {
        String text = joined;
        if (text == null) {
            StringBuilder out = new StringBuilder(rows.size() * 96);
            for (PositionRow row : rows) {
                if (!out.isEmpty()) {
                    out.append(',');
                }
                out.append(row.json());
            }
            text = out.toString();
            joined = text;
        }
        return text;
    }
}
