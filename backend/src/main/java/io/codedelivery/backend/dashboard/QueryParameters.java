package io.codedelivery.backend.dashboard;

import java.util.regex.Pattern;

/** The dashboards' query parameters besides the range: checked here, so a bad one is a precise 400. */
final class QueryParameters {

    static final int MAX_SHOWN = 40;
    /** The ids the event contracts allow, as for the ids in API paths. */
    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

    private QueryParameters() {
    }

    /** A whole number from {@code min} to {@code max}, or {@code fallback} when the parameter is absent. */
    static int number(String name, String text, int min, int max, int fallback) {
        if (text == null) {
            return fallback;
        }
        String rule = name + " must be a whole number from " + min + " to " + max + ", was " + shown(text);
        int value;
        try {
            value = Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidDashboardQueryException(rule);
        }
        if (value < min || value > max) {
            throw new InvalidDashboardQueryException(rule);
        }
        return value;
    }

    /** A delivery id of the shape ids have, or null when the parameter is absent. */
    static String deliveryId(String text) {
        if (text == null) {
            return null;
        }
        if (!ID.matcher(text).matches()) {
            throw new InvalidDashboardQueryException("deliveryId must be 1 to 64 letters, digits, '.', '_', ':' or '-',"
                    + " starting with a letter or digit");
        }
        return text;
    }

    /** An input as an error may quote it: short, quoted, without control characters. */
    static String shown(String text) {
        String shortened = text.length() > MAX_SHOWN ? text.substring(0, MAX_SHOWN) + "…" : text;
        StringBuilder clean = new StringBuilder("\"");
        shortened.codePoints().forEach(c -> clean.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        return clean.append('"').toString();
    }
}
