package io.codedelivery.backend.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Replaces Spring Boot's error controller: an error the servlet container dispatches to
 * {@code /error} (an exception thrown by a filter, a {@code sendError}) is answered as
 * problem+json with its status; {@code /error} asked for directly is a 404, never a 5xx.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ProblemErrorController implements ErrorController {

    static final String GENERIC = "the server failed to answer this request; the failure is logged";
    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    private final ErrorAttributes errors;

    ProblemErrorController(ErrorAttributes errors) {
        this.errors = errors;
    }

    @RequestMapping
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        Throwable error = errors.getError(new ServletWebRequest(request));
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        String path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri ? uri
                : request.getRequestURI();
        if (code == null && error == null) {
            Problems.write(response, HttpStatus.NOT_FOUND.value(), Problems.detailFor(404),
                    Problems.instance(request.getRequestURI()));
            return;
        }
        BodyTooLargeException tooLarge = BodyTooLargeException.in(error);
        int status = tooLarge != null ? HttpStatus.CONTENT_TOO_LARGE.value()
                : code instanceof Integer given && given >= 400 && given <= 599 ? given : 500;
        String detail;
        if (tooLarge != null) {
            detail = tooLarge.getMessage();
        } else if (status >= 500) {
            log.error("request to {} failed with {}", Problems.bounded(path), status, error);
            detail = GENERIC;
        } else if (error instanceof ErrorResponse described && described.getBody().getDetail() != null) {
            detail = described.getBody().getDetail();
        } else {
            detail = request.getAttribute(RequestDispatcher.ERROR_MESSAGE) instanceof String message
                    && !message.isBlank() ? message : Problems.detailFor(status);
        }
        response.resetBuffer();
        Problems.write(response, status, detail, Problems.instance(path));
    }
}
