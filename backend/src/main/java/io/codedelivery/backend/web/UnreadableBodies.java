package io.codedelivery.backend.web;

import io.codedelivery.backend.route.InvalidRouteException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

/** Says precisely, and briefly, why a request body could not be read. */
final class UnreadableBodies {

    static final String MISSING = "the request needs a JSON body";
    static final String GENERIC = "the body must be JSON of the documented shape";

    private UnreadableBodies() {
    }

    static String reason(HttpMessageNotReadableException e) {
        for (Throwable cause = e; cause != null; cause = next(cause)) {
            if (cause instanceof InvalidRouteException
                    || cause instanceof IllegalArgumentException && !(cause instanceof NumberFormatException)) {
                return cause.getMessage();
            }
        }
        for (Throwable cause = e; cause != null; cause = next(cause)) {
            if (cause instanceof MismatchedInputException mismatch) {
                return at(mismatch) + ": expected " + expected(mismatch.getTargetType());
            }
            if (cause instanceof StreamReadException syntax) {
                return "the body is not valid JSON: " + plain(syntax.getOriginalMessage()) + where(syntax.getLocation());
            }
            if (cause instanceof JacksonException other) {
                return at(other) + ": " + plain(other.getOriginalMessage());
            }
        }
        String message = e.getMessage();
        return message != null && message.startsWith("Required request body is missing") ? MISSING : GENERIC;
    }

    /** Jackson's message without its hints to the developer about features to enable. */
    private static String plain(String message) {
        return message == null ? "" : message.replaceAll(":? enable `[^`]*` to allow", "")
                .replaceAll(", from `[^`]*`", "");
    }

    private static Throwable next(Throwable cause) {
        return cause.getCause() == cause ? null : cause.getCause();
    }

    /** A JSON path such as {@code $.geometry.coordinates[3][1]}. */
    static String at(JacksonException e) {
        StringBuilder path = new StringBuilder("$");
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append('.').append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.length() == 1 ? "the body" : path.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "a value of the documented type";
        }
        if (type == String.class) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type) || type == List.class) {
            return "an array";
        }
        return Map.class.isAssignableFrom(type) || type.isRecord() ? "an object" : "a value of the documented type";
    }

    private static String where(TokenStreamLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
