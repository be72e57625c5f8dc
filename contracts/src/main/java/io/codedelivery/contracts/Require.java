package io.codedelivery.contracts;

import java.util.regex.Pattern;

final class Require {

    /** Ids are UUIDs or slugs; the bound keeps a hostile id out of every map, index and header. */
    static final int MAX_ID_LENGTH = 64;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]*");

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
        if (!ID.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    name + " must be letters, digits and . _ : - (starting with a letter or digit)");
        }
    }

    static void present(Object value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}
