package io.codedelivery.backend.tracking;

import io.codedelivery.contracts.JsonCodec;
import io.codedelivery.contracts.PositionReported;
import java.util.List;
import java.util.stream.Collectors;

/**
 * New positions from one poll, in order per delivery. Their JSON is made once, on first use, and
 * shared by every viewer it is sent to.
 */
public final class PositionBatch {

    private final List<PositionReported> positions;
    private volatile String json;

    PositionBatch(List<PositionReported> positions) {
        this.positions = List.copyOf(positions);
    }

    public List<PositionReported> positions() {
        return positions;
    }

    /** The positions as JSON objects separated by commas, ready to go inside a JSON array. */
    public String jsonElements() {
        String encoded = json;
        if (encoded == null) {
            encoded = encode(positions);
            json = encoded;
        }
        return encoded;
    }

    public static String encode(List<PositionReported> positions) {
        return positions.stream().map(JsonCodec::encodeToString).collect(Collectors.joining(","));
    }
}
