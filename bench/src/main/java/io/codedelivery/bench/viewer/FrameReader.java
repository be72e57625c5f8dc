package io.codedelivery.bench.viewer;

import java.time.Instant;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the backend's frames in either protocol: version 1 (positions as rows
 * {@code [deliveryId, routeId, seq, lat, lng, emittedAtMs]}, {@code v} and {@code coalesced} in the
 * frame) and the legacy one (positions as {@code PositionReported} objects with an ISO {@code emittedAt}).
 * A viewer of one delivery only decodes the rows of its delivery, found by text search, so that a
 * legacy backend sending it the whole fleet does not make the driver the bottleneck.
 */
final class FrameReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TYPE_PREFIX = "{\"type\":\"";
    private static final String POSITIONS = "\"positions\":[";
    private static final int HEADER_CHARS = 80;

    private FrameReader() {
    }

    static void read(String text, long receiptMicros, ViewerTally tally) {
        String type = type(text);
        boolean positions = type.equals("positions");
        synchronized (tally) {
            tally.frame(type.equals("snapshot"), text.length(), receiptMicros, positions ? headerNumber(text, "\"coalesced\":") : 0);
            if (type.equals("snapshot")) {
                tally.protocol(headerNumber(text, "\"v\":") >= 1 ? "v1" : "legacy");
            }
            if (!positions) {
                return;
            }
            if (tally.focus() == null) {
                readAll(text, receiptMicros, tally);
            } else {
                readFocus(text, tally.focus(), receiptMicros, tally);
            }
        }
    }

    private static void readAll(String text, long receiptMicros, ViewerTally tally) {
        PositionScanner.Sink sink = (id, seq, emittedAt) -> tally.position(id, seq, emittedAt, receiptMicros);
        int array = text.indexOf(POSITIONS);
        if (array < 0) {
            return;
        }
        try {
            PositionScanner.scanArray(text, array + POSITIONS.length() - 1, sink);
        } catch (RuntimeException e) {
            JsonNode rows = JSON.readTree(text).get("positions");
            for (int i = 0; rows != null && i < rows.size(); i++) {
                row(rows.get(i), sink);
            }
        }
        if (text.charAt(array + POSITIONS.length()) == '[') {
            tally.protocol("v1");
        }
    }

    private static void readFocus(String text, String deliveryId, long receiptMicros, ViewerTally tally) {
        PositionScanner.Sink sink = (id, seq, emittedAt) -> tally.position(id, seq, emittedAt, receiptMicros);
        boolean found = false;
        for (int at = text.indexOf(deliveryId); at >= 0; at = text.indexOf(deliveryId, at + deliveryId.length())) {
            int start = elementStart(text, at);
            if (start >= 0) {
                PositionScanner.element(text, start, sink);
                if (text.charAt(start) == '[') {
                    tally.protocol("v1");
                }
                found = true;
            }
        }
        if (!found) {
            tally.foreignFrame();
        }
    }

    private static int elementStart(String text, int idAt) {
        if (idAt < 2 || text.charAt(idAt - 1) != '"') {
            return -1;
        }
        if (text.charAt(idAt - 2) == '[') {
            return idAt - 2;
        }
        if (text.startsWith("\"deliveryId\":\"", idAt - 14)) {
            return text.lastIndexOf('{', idAt);
        }
        return -1;
    }

    private static void row(JsonNode row, PositionScanner.Sink sink) {
        if (row.isArray()) {
            sink.position(row.get(0).asString(), row.get(2).asLong(), row.get(5).asLong());
        } else {
            long emittedAt = Instant.parse(row.get("emittedAt").asString()).toEpochMilli();
            sink.position(row.get("deliveryId").asString(), row.get("seq").asLong(), emittedAt);
        }
    }

    private static String type(String text) {
        if (!text.startsWith(TYPE_PREFIX)) {
            return JSON.readTree(text).path("type").asString("unknown");
        }
        return text.substring(TYPE_PREFIX.length(), text.indexOf('"', TYPE_PREFIX.length()));
    }

    private static long headerNumber(String text, String key) {
        int at = text.indexOf(key);
        if (at < 0 || at > HEADER_CHARS) {
            return 0;
        }
        int from = at + key.length();
        int to = from;
        while (to < text.length() && Character.isDigit(text.charAt(to))) {
            to++;
        }
        return to > from ? Long.parseLong(text.substring(from, to)) : 0;
    }
}
