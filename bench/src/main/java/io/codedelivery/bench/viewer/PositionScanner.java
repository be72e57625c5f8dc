package io.codedelivery.bench.viewer;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Reads the positions of a frame straight from its text, without building a tree: version 1 rows
 * {@code ["id","route",seq,lat,lng,emittedAtMs]} and legacy objects with an ISO {@code emittedAt}.
 * At hundreds of thousands of positions a second this keeps the driver from being the bottleneck.
 * Anything it does not expect makes it throw, and the caller falls back to a JSON parser.
 */
public final class PositionScanner {

    private static final String DELIVERY_ID = "\"deliveryId\":\"";
    private static final String SEQ = "\"seq\":";
    private static final String EMITTED_AT = "\"emittedAt\":\"";
    private static final int ISO_SECONDS = "2026-11-25T14:00:03".length();
    private static volatile Second lastSecond = new Second("", 0);

    private record Second(String text, long epochSecond) {
    }

    public interface Sink {
        void position(String deliveryId, long seq, long emittedAtMs);
    }

    private PositionScanner() {
    }

    /** Reads the elements of the array that opens at {@code open} (a '['), up to its closing ']'. */
    static void scanArray(String text, int open, Sink sink) {
        int at = open + 1;
        while (true) {
            char c = text.charAt(at);
            if (c == ']') {
                return;
            }
            if (c == ',') {
                at++;
                continue;
            }
            at = c == '[' ? row(text, at, sink) : object(text, at, sink);
        }
    }

    /** Reads one element (a row or an object) starting at {@code start}; returns the index after it. */
    public static int element(String text, int start, Sink sink) {
        return text.charAt(start) == '[' ? row(text, start, sink) : object(text, start, sink);
    }

    private static int row(String text, int open, Sink sink) {
        int idEnd = text.indexOf('"', open + 2);
        String id = text.substring(open + 2, idEnd);
        int routeEnd = text.indexOf('"', idEnd + 3);
        int seqEnd = text.indexOf(',', routeEnd + 2);
        long seq = Long.parseLong(text, routeEnd + 2, seqEnd, 10);
        int latEnd = text.indexOf(',', seqEnd + 1);
        int lngEnd = text.indexOf(',', latEnd + 1);
        int close = text.indexOf(']', lngEnd + 1);
        sink.position(id, seq, Long.parseLong(text, lngEnd + 1, close, 10));
        return close + 1;
    }

    private static int object(String text, int open, Sink sink) {
        int close = text.indexOf('}', open);
        int idAt = within(text, DELIVERY_ID, open, close);
        String id = text.substring(idAt, text.indexOf('"', idAt));
        int seqAt = within(text, SEQ, open, close);
        int seqEnd = seqAt;
        while (Character.isDigit(text.charAt(seqEnd))) {
            seqEnd++;
        }
        long seq = Long.parseLong(text, seqAt, seqEnd, 10);
        sink.position(id, seq, isoMillis(text, within(text, EMITTED_AT, open, close)));
        return close + 1;
    }

    private static int within(String text, String key, int from, int to) {
        int at = text.indexOf(key, from);
        if (at < 0 || at > to) {
            throw new IllegalArgumentException("no " + key + " in " + text.substring(from, to + 1));
        }
        return at + key.length();
    }

    /** {@code 2026-11-25T14:00:03.5Z}, {@code ...03.500Z} or {@code ...03Z}, to epoch milliseconds. */
    static long isoMillis(String text, int at) {
        Second second = lastSecond;
        if (!text.regionMatches(at, second.text(), 0, ISO_SECONDS)) {
            String prefix = text.substring(at, at + ISO_SECONDS);
            second = new Second(prefix, LocalDateTime.parse(prefix).toEpochSecond(ZoneOffset.UTC));
            lastSecond = second;
        }
        int millis = 0;
        int i = at + ISO_SECONDS;
        if (text.charAt(i) == '.') {
            int scale = 100;
            for (i++; Character.isDigit(text.charAt(i)); i++, scale /= 10) {
                millis += scale >= 1 ? (text.charAt(i) - '0') * scale : 0;
            }
        }
        if (text.charAt(i) != 'Z') {
            throw new IllegalArgumentException("not a UTC instant at " + at);
        }
        return second.epochSecond() * 1000 + millis;
    }
}
