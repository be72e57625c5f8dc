package io.codedelivery.backend.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Refuses an {@code {id}} in an API path that no route or delivery can have (ids are UUIDs or
 * short slugs, of the shape the event contracts require), before it reaches a controller or the
 * database; the answer is a 404 that does not echo the id.
 */
final class PathIds implements HandlerInterceptor {

    static final int MAX_LENGTH = 64;
    static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0," + (MAX_LENGTH - 1) + "}");
    static final String RULE = "ids are 1 to " + MAX_LENGTH
            + " letters, digits, '.', '_', ':' or '-', starting with a letter or digit";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables
                && variables.get("id") instanceof String id && !SHAPE.matcher(id).matches()) {
            throw new MalformedIdException();
        }
        return true;
    }

    static final class MalformedIdException extends RuntimeException {

        MalformedIdException() {
            super("nothing has this id: " + RULE);
        }
    }
}
