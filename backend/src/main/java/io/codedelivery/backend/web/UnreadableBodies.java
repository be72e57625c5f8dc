package io.codedelivery.backend.web;

import static io.codedelivery.backend.json.JacksonProblems.path;
import static io.codedelivery.backend.json.JacksonProblems.plain;
import static io.codedelivery.backend.json.JacksonProblems.where;

import io.codedelivery.backend.route.InvalidRouteException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
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
                return path(mismatch, "the body") + ": expected " + expected(mismatch.getTargetType());
            }
            if (cause instanceof StreamReadException syntax) {
                return "the body is not valid JSON: " + plain(syntax.getOriginalMessage()) + where(syntax.getLocation());
            }
            if (cause instanceof JacksonException other) {
                return path(other, "the body") + ": " + plain(other.getOriginalMessage());
            }
        }
        String message = e.getMessage();
        return message != null && message.startsWith("Required request body is missing") ? MISSING : GENERIC;
    }

    private static Throwable next(Throwable cause) {
        return cause.getCause() == cause ? null : cause.getCause();
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
}
