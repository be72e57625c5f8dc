package io.codedelivery.contracts;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads a {@link PositionReported} with Jackson's streaming parser, the way the codec reads any
 * other event (unknown fields ignored, every field required, the record's own checks apply), but
 * several times faster: positions are most of the traffic, and every reader of the topic (the live
 * pipeline, the delivery status consumer, the bench) pays for each one (see docs/performance.md).
 * The common UTC timestamp form is read by hand; any other goes to {@link Instant#parse}.
 */
final class PositionReportedReader {

    private static final JsonFactory JSON = new JsonFactory();

    private PositionReportedReader() {
    }

    static PositionReported decode(byte[] json) {
        if (json == null) {
            throw malformed("value is missing (null)");
        }
        try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw malformed("not a JSON object");
            }
            return fields(parser);
        } catch (JacksonException e) {
            throw malformed(e.getOriginalMessage());
        } catch (IllegalArgumentException | DateTimeException e) {
            throw malformed(e.getMessage());
        }
    }

    private static PositionReported fields(JsonParser parser) {
        String deliveryId = null;
        String routeId = null;
        Instant emittedAt = null;
        Long seq = null;
        Double lat = null;
        Double lng = null;
        Boolean finished = null;
        boolean cancelled = false;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (name) {
                case "deliveryId" -> deliveryId = text(parser, value, name);
                case "routeId" -> routeId = text(parser, value, name);
                case "emittedAt" -> emittedAt = instant(text(parser, value, name));
                case "seq" -> seq = number(parser, value, name).getLongValue();
                case "lat" -> lat = number(parser, value, name).getDoubleValue();
                case "lng" -> lng = number(parser, value, name).getDoubleValue();
                case "finished" -> finished = bool(value, name);
                case "cancelled" -> cancelled = bool(value, name);
                default -> parser.skipChildren();
            }
        }
        if (seq == null || lat == null || lng == null || finished == null) {
            throw malformed("seq, lat, lng and finished are required");
        }
        return new PositionReported(deliveryId, routeId, seq, lat, lng, finished, emittedAt, cancelled);
    }

    private static String text(JsonParser parser, JsonToken value, String name) {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        if (value != JsonToken.VALUE_STRING) {
            throw malformed(name + " must be a string");
        }
        return parser.getString();
    }

    private static JsonParser number(JsonParser parser, JsonToken value, String name) {
        if (value != JsonToken.VALUE_NUMBER_INT && value != JsonToken.VALUE_NUMBER_FLOAT) {
            throw malformed(name + " must be a number");
        }
        return parser;
    }

    private static boolean bool(JsonToken value, String name) {
        if (value != JsonToken.VALUE_TRUE && value != JsonToken.VALUE_FALSE) {
            throw malformed(name + " must be true or false");
        }
        return value == JsonToken.VALUE_TRUE;
    }

    /** {@code 2026-11-25T14:00:03.5Z} to nanoseconds by hand; anything else by {@link Instant#parse}. */
    static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        int length = text.length();
        if (length < 20 || length == 21 || length > 30 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':' || text.charAt(length - 1) != 'Z'
                || length > 20 && text.charAt(19) != '.') {
            return Instant.parse(text);
        }
        long day = LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10)).toEpochDay();
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        if (hour > 23 || minute > 59 || second > 59) {
            throw new DateTimeException("time out of range: " + text);
        }
        long nanos = 0;
        int fractionDigits = length - 21;
        if (fractionDigits > 0) {
            nanos = digits(text, 20, length - 1);
            for (int i = fractionDigits; i < 9; i++) {
                nanos *= 10;
            }
        }
        return Instant.ofEpochSecond(day * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new DateTimeException("not a timestamp: " + text);
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static MalformedEventException malformed(String reason) {
        return new MalformedEventException("PositionReported: " + reason, null);
    }
}
