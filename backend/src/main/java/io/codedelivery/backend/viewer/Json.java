package io.codedelivery.backend.viewer;

import io.codedelivery.backend.tracking.TrailPoints;

/** The little JSON writing the frames need, without building a tree per position. */
final class Json {

    private static final long COORDINATE_SCALE = TrailPoints.SCALE;

    private Json() {
    }

    static StringBuilder appendString(StringBuilder out, String value) {
        out.append('"');
        if (!needsEscaping(value)) {
            return out.append(value).append('"');
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }

    /** Ids almost never need escaping; checking first lets the common case be one bulk copy (the profile's hottest line here). */
    private static boolean needsEscaping(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\') {
                return true;
            }
        }
        return false;
    }

    /** Degrees rounded to 5 decimals (about 1 m), trailing zeros dropped, never in exponent form. */
    static StringBuilder appendCoordinate(StringBuilder out, double degrees) {
        return appendScaledCoordinate(out, Math.round(degrees * COORDINATE_SCALE));
    }

    /** Degrees given in units of 1e-5 (as trails hold them), written as {@link #appendCoordinate} writes them. */
    static StringBuilder appendScaledCoordinate(StringBuilder out, long scaled) {
        if (scaled < 0) {
            out.append('-');
            scaled = -scaled;
        }
        out.append(scaled / COORDINATE_SCALE);
        long fraction = scaled % COORDINATE_SCALE;
        if (fraction == 0) {
            return out;
        }
        String digits = Long.toString(COORDINATE_SCALE + fraction).substring(1);
        int end = digits.length();
        while (digits.charAt(end - 1) == '0') {
            end--;
        }
        return out.append('.').append(digits, 0, end);
    }
}
