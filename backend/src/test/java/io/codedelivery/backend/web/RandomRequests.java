package io.codedelivery.backend.web;

import static io.codedelivery.backend.web.Requests.chunked;
import static io.codedelivery.backend.web.Requests.request;
import static io.codedelivery.backend.web.Requests.utf8;

import io.codedelivery.backend.web.Requests.Case;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The seeded random part of the fuzz pass: valid requests bent at random places. */
final class RandomRequests {

    private static final List<String> PATHS = List.of("/api/routes", "/api/routes/", "/api/deliveries",
            "/api/deliveries/", "/api/deliveries/d-1/cancel", "/api/deliveries?status=", "/api/device/positions", "/api/osmand", "/api/routes/import", "/api/config", "/error", "/actuator/health", "/ws", "/");
    private static final List<String> NUMBERS = List.of("0", "-0", "1e309", "-1e309", "1e-400", "NaN", "Infinity",
            "-Infinity", "9".repeat(30), "0.1e", "01", "1.", ".5", "+1", "0x10", "-", "1E+2", "123456789.123456789");
    private static final String JUNK = "{}[]\",:\\ 0-e.";
    private static final String SEGMENT_CHARS = "abcXYZ019-_.~!$&'()*+,;=:@%";

    private final Random random;

    private RandomRequests(long seed) {
        this.random = new Random(seed);
    }

    static List<Case> generate(long seed, int count) {
        RandomRequests generator = new RandomRequests(seed);
        List<Case> cases = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            cases.add(generator.next(i));
        }
        return cases;
    }

    private Case next(int index) {
        String method = pick(List.of("POST", "POST", "POST", "GET", "GET", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"));
        String path = pick(PATHS);
        if (path.endsWith("/") && path.length() > 1) {
            path += segment();
        }
        if (random.nextInt(5) == 0) {
            path += "?" + segment() + "=" + segment();
        }
        List<String> headers = new ArrayList<>();
        if (random.nextInt(4) > 0) {
            headers.add("Content-Type: " + (random.nextInt(3) > 0 ? "application/json" : pick(BadRequests.CONTENT_TYPES)));
        }
        if (random.nextInt(4) == 0) {
            headers.add("Accept: " + pick(List.of("*/*", "application/json", "image/png", "application/*", "x", ";q=2")));
        }
        String body = random.nextBoolean() ? mutate(path.startsWith("/api/routes") ? BadRequests.ROUTE
                : BadRequests.DELIVERY) : json(3);
        String name = "random #" + index + " " + method + " " + path;
        byte[] bytes = "GET".equals(method) && random.nextBoolean() ? null : utf8(body);
        if (bytes != null && random.nextInt(5) == 0) {
            return chunked(name + " (chunked)", method, path, headers, bytes, 1 + random.nextInt(64));
        }
        return request(name, method, path, headers, bytes);
    }

    private String mutate(String json) {
        StringBuilder text = new StringBuilder(json);
        int edits = 1 + random.nextInt(3);
        for (int i = 0; i < edits && !text.isEmpty(); i++) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(6)) {
                case 0 -> text.setLength(at);
                case 1 -> text.insert(at, (char) random.nextInt(128));
                case 2 -> text.deleteCharAt(at);
                case 3 -> text.setCharAt(at, JUNK.charAt(random.nextInt(JUNK.length())));
                case 4 -> text.insert(at, json(2));
                default -> replaceNumber(text);
            }
        }
        return text.toString();
    }

    private void replaceNumber(StringBuilder text) {
        int at = text.indexOf("40.7");
        if (at >= 0) {
            text.replace(at, at + 4, pick(NUMBERS));
        }
    }

    private String json(int depth) {
        int kind = depth <= 0 ? 3 + random.nextInt(4) : random.nextInt(7);
        return switch (kind) {
            case 0 -> "{\"" + pick(List.of("title", "routeId", "geometry", "type", "coordinates", "")) + "\":"
                    + json(depth - 1) + "}";
            case 1 -> "[" + json(depth - 1) + "," + json(depth - 1) + "]";
            case 2 -> "{\"title\":" + json(depth - 1) + ",\"geometry\":{\"type\":\"LineString\",\"coordinates\":"
                    + json(depth - 1) + "}}";
            case 3 -> pick(NUMBERS);
            case 4 -> "\"" + pick(List.of("", "x", "\\u0000", "\\ud800", "\u00e9", "LineString", "a".repeat(300),
                    "\\\"", "broadway")) + "\"";
            case 5 -> pick(List.of("true", "false", "null"));
            default -> "[" + pick(NUMBERS) + "," + pick(NUMBERS) + "]";
        };
    }

    private String segment() {
        int length = random.nextInt(4) == 0 ? 60 + random.nextInt(20) : 1 + random.nextInt(12);
        StringBuilder segment = new StringBuilder();
        for (int i = 0; i < length; i++) {
            char c = SEGMENT_CHARS.charAt(random.nextInt(SEGMENT_CHARS.length()));
            segment.append(c);
            if (c == '%') {
                segment.append(Integer.toHexString(random.nextInt(256) | 0x100).substring(1).toUpperCase());
            }
        }
        return segment.toString();
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
