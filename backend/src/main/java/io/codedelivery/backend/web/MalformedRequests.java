package io.codedelivery.backend.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before any other filter or handler parses them, the parts of a request that Spring would
 * otherwise trip over with an exception: a Content-Type that is not one concrete media type with a
 * known charset (415), and a query string whose percent-encoding is broken or, decoded, is not
 * UTF-8 (400; Tomcat would throw when the parameters are first read).
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
        String queryProblem = queryProblem(request.getQueryString());
        if (queryProblem != null) {
            Problems.write(response, HttpStatus.BAD_REQUEST.value(), queryProblem,
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

    /** Why this query string cannot be read, or null when it can (or there is none). */
    static String queryProblem(String query) {
        if (query == null) {
            return null;
        }
        ByteArrayOutputStream decoded = new ByteArrayOutputStream(query.length());
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c != '%') {
                decoded.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
                continue;
            }
            if (i + 2 >= query.length() || Character.digit(query.charAt(i + 1), 16) < 0
                    || Character.digit(query.charAt(i + 2), 16) < 0) {
                return "the query string has a '%' that is not followed by two hexadecimal digits";
            }
            decoded.write(Character.digit(query.charAt(i + 1), 16) * 16 + Character.digit(query.charAt(i + 2), 16));
            i += 2;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(decoded.toByteArray()));
            return null;
        } catch (CharacterCodingException e) {
            return "the query string, percent-decoded, is not UTF-8";
        }
    }
}
