package io.codedelivery.backend.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before any other filter or handler parses them, the parts of a request that Spring would
 * otherwise trip over with an exception: a Content-Type that is not one concrete media type with a
 * known charset (415), and a query string whose percent-encoding is broken (400).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class MalformedRequests extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentTypeProblem = contentTypeProblem(request.getContentType());
        if (contentTypeProblem != null) {
            Problems.write(response, HttpStatus.UNSUPPORTED_MEDIA_TYPE.value(), contentTypeProblem,
                    Problems.instance(request.getRequestURI()));
            return;
        }
        if (!wellEncoded(request.getQueryString())) {
            Problems.write(response, HttpStatus.BAD_REQUEST.value(),
                    "the query string has a '%' that is not followed by two hexadecimal digits",
                    Problems.instance(request.getRequestURI()));
            return;
        }
        chain.doFilter(request, response);
    }

    /** Why this Content-Type cannot be read, or null when it can (or there is none). */
    static String contentTypeProblem(String contentType) {
        if (contentType == null) {
            return null;
        }
        MediaType type;
        try {
            type = MediaType.parseMediaType(contentType);
            type.getCharset();
        } catch (RuntimeException e) {
            return "Content-Type '" + contentType + "' is not a valid media type with a known charset";
        }
        if (type.isWildcardType() || type.isWildcardSubtype()) {
            return "Content-Type must be one concrete media type, such as application/json, not '" + contentType + "'";
        }
        return null;
    }

    static boolean wellEncoded(String query) {
        if (query == null) {
            return true;
        }
        for (int i = query.indexOf('%'); i >= 0; i = query.indexOf('%', i + 1)) {
            if (i + 2 >= query.length() || Character.digit(query.charAt(i + 1), 16) < 0
                    || Character.digit(query.charAt(i + 2), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
