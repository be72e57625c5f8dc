package io.codedelivery.backend.web;

import io.codedelivery.backend.delivery.UnknownDeliveryException;
import io.codedelivery.backend.messaging.PublishFailedException;
import io.codedelivery.backend.route.InvalidRouteException;
import io.codedelivery.backend.route.UnknownRouteException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every API error as application/problem+json, with a detail a person can act on. */
@RestControllerAdvice
class ApiErrors extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler({UnknownRouteException.class, UnknownDeliveryException.class})
    ProblemDetail notFound(RuntimeException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(InvalidRouteException.class)
    ProblemDetail invalidRoute(InvalidRouteException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid route", e.getMessage());
    }

    @ExceptionHandler(PublishFailedException.class)
    ProblemDetail unavailable(PublishFailedException e) {
        log.error("publish failed: {}", e.getMessage());
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "Messaging unavailable",
                "the delivery could not be handed to Kafka; try again");
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Malformed request body", reason(e)));
    }

    private static String reason(HttpMessageNotReadableException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof IllegalArgumentException || cause instanceof InvalidRouteException) {
                return cause.getMessage();
            }
        }
        return "the body must be JSON of the documented shape";
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
