package io.codedelivery.backend.viewer;

import io.codedelivery.backend.tracking.PositionBatch;
import java.util.ArrayList;
import java.util.List;

/**
 * The WebSocket protocol's frames: {@code snapshot}, {@code positions} and {@code keepalive}, each
 * a JSON object with a {@code type}. Consecutive position batches become one frame.
 */
final class Frames {

    static final String KEEPALIVE = "{\"type\":\"keepalive\"}";

    private Frames() {
    }

    static List<String> coalesce(List<Object> items) {
        List<String> frames = new ArrayList<>();
        StringBuilder positions = null;
        for (Object item : items) {
            if (item instanceof PositionBatch batch) {
                positions = positions == null ? new StringBuilder(batch.jsonElements())
                        : positions.append(',').append(batch.jsonElements());
                continue;
            }
            if (positions != null) {
                frames.add(positions(positions));
                positions = null;
            }
            frames.add(item instanceof Viewer.Snapshot snapshot ? snapshot(snapshot) : (String) item);
        }
        if (positions != null) {
            frames.add(positions(positions));
        }
        return frames;
    }

    private static String positions(CharSequence elements) {
        return "{\"type\":\"positions\",\"positions\":[" + elements + "]}";
    }

    private static String snapshot(Viewer.Snapshot snapshot) {
        return "{\"type\":\"snapshot\",\"positions\":[" + PositionBatch.encode(snapshot.positions()) + "]}";
    }
}
