package io.codedelivery.backend.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns an error answer that some part of the stack wrote in another shape (Spring's WebSocket
 * handshake writes text/plain or nothing; an actuator path it does not know is an empty 404; a 406
 * for a static page is empty) into problem+json, keeping its status and headers and, when it was
 * short text, its words as the detail. Errors sent with {@code sendError} go to {@code /error}, and
 * error bodies that are already JSON (actuator's health) pass through.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ProblemResponses extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ErrorCapture capture = new ErrorCapture(response);
        chain.doFilter(request, capture);
        if (capture.needsProblem() && !request.isAsyncStarted()) {
            int status = capture.getStatus();
            String text = capture.capturedText();
            response.resetBuffer();
            Problems.write(response, status, text == null || text.isBlank() ? Problems.detailFor(status) : text,
                    Problems.instance(request.getRequestURI()));
        }
    }
}
