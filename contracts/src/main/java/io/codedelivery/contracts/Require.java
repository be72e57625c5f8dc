package io.codedelivery.contracts;

final class Require {

    /** Ids are UUIDs or slugs; the bound keeps a hostile id out of every map, index and header. */
    static final int MAX_ID_LENGTH = 64;

    private Require() {
    }

    static void text(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }

    /** Never quotes the value: it may be huge or hostile. */
    static void id(String value, String name) {
        text(value, name);
        if (value.length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException(
                    name + " must be at most " + MAX_ID_LENGTH + " characters, was " + value.length());
        }
        if (!isIdShaped(value)) {
            throw new IllegalArgumentException(
                    name + " must be letters, digits and . _ : - (starting with a letter or digit)");
        }
    }

    /** {@code [A-Za-z0-9][A-Za-z0-9._:-]*}, checked by hand: it runs for every position read. */
    private static boolean isIdShaped(String value) {
        if (!isLetterOrDigit(value.charAt(0))) {
            return false;
        }
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!isLetterOrDigit(c) && c != '.' && c != '_' && c != ':' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    static void present(Object value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}
