package io.codedelivery.backend.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps request bodies within {@link ApiLimits}: an announced length over the limit is answered 413
 * before a byte is read; a body without a length (chunked) is counted as it is read and cut off at
 * the limit, which the error handlers also answer 413. Either way the connection is then closed, so
 * the rest of the body is never read.
 */
@Component
@EnableConfigurationProperties(ApiLimits.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
class BodySizeLimit extends OncePerRequestFilter {

    private final ApiLimits limits;

    BodySizeLimit(ApiLimits limits) {
        this.limits = limits;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limits.limitFor(request.getMethod(), normalizedPath(request));
        if (request.getContentLengthLong() > limit) {
            response.setHeader(HttpHeaders.CONNECTION, "close");
            Problems.write(response, HttpStatus.CONTENT_TOO_LARGE.value(), new BodyTooLargeException(limit).getMessage(),
                    Problems.instance(request.getRequestURI()));
            return;
        }
        chain.doFilter(new Limited(request, limit), response);
    }

    /** The path as Tomcat decoded and normalized it (no {@code ;params}, no {@code //}), as handlers see it. */
    private static String normalizedPath(HttpServletRequest request) {
        String path = request.getServletPath();
        return request.getPathInfo() == null ? path : path + request.getPathInfo();
    }

    private static final class Limited extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream body;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (body == null) {
                body = new LimitedInputStream(super.getInputStream(), limit);
            }
            return body;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            return new BufferedReader(new InputStreamReader(getInputStream(), charset(getCharacterEncoding())));
        }

        private static Charset charset(String name) {
            try {
                return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
            } catch (IllegalArgumentException e) {
                return StandardCharsets.UTF_8;
            }
        }
    }
}
