package io.codedelivery.backend.json;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

/** Jackson's failures said briefly for people: where in the document, and what, without hints meant for developers. */
public final class JacksonProblems {

    private JacksonProblems() {
    }

    /** A JSON path such as {@code $.geometry.coordinates[3][1]}; {@code whole} when the failure is at the root. */
    public static String path(JacksonException e, String whole) {
        StringBuilder path = new StringBuilder("$");
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append('.').append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.length() == 1 ? whole : path.toString();
    }

    /** Jackson's message without its hints to the developer about features to enable. */
    public static String plain(String message) {
        return message == null ? "" : message.replaceAll(":? enable `[^`]*` to allow", "")
                .replaceAll(", from `[^`]*`", "");
    }

    /** {@code " (line L, column C)"}, or nothing when the parser does not know. */
    public static String where(TokenStreamLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
