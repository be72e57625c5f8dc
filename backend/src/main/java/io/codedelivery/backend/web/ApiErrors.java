package io.codedelivery.backend.web;

import io.codedelivery.backend.delivery.UnknownDeliveryException;
import io.codedelivery.backend.messaging.PublishFailedException;
import io.codedelivery.backend.route.InvalidRouteException;
import io.codedelivery.backend.route.UnknownRouteException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every API error as application/problem+json, with a detail a person can act on. Spring MVC's own
 * exceptions (405, 406, 415, 404 for unknown paths...) come through {@link ResponseEntityExceptionHandler};
 * their details are bounded here. Anything unexpected is a 500 with a generic detail, logged.
 */
@RestControllerAdvice
class ApiErrors extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler({UnknownRouteException.class, UnknownDeliveryException.class, PathIds.MalformedIdException.class})
    ResponseEntity<ProblemDetail> notFound(RuntimeException e) {
        return answer(Problems.of(HttpStatus.NOT_FOUND, "Not found", e.getMessage()));
    }

    @ExceptionHandler(InvalidRouteException.class)
    ResponseEntity<ProblemDetail> invalidRoute(InvalidRouteException e) {
        return answer(Problems.of(HttpStatus.BAD_REQUEST, "Invalid route", e.getMessage()));
    }

    /** A form body (the OsmAnd protocol's POST) whose percent-encoding is not UTF-8. */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> unreadableParameters(InvalidParameterException e) {
        return answer(Problems.of(HttpStatus.BAD_REQUEST, "Bad Request",
                "the form body's parameters cannot be decoded: their percent-encoding is malformed or not UTF-8"));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        BodyTooLargeException tooLarge = BodyTooLargeException.in(e);
        if (tooLarge != null) {
            return tooLarge(tooLarge);
        }
        log.error("unexpected error answering a request", e);
        return answer(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error", ProblemErrorController.GENERIC));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        BodyTooLargeException tooLarge = BodyTooLargeException.in(e);
        if (tooLarge != null) {
            ResponseEntity<ProblemDetail> answer = tooLarge(tooLarge);
            return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders()).body(answer.getBody());
        }
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(HttpStatus.BAD_REQUEST, "Malformed request body", UnreadableBodies.reason(e)));
    }

    /** Spring MVC's own errors keep their status and detail, bounded, always with a problem body. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = body instanceof ProblemDetail given ? given
                : e instanceof ErrorResponse described ? described.updateAndGetBody(getMessageSource(), request.getLocale())
                : Problems.of(status, Problems.title(status.value()), Problems.detailFor(status.value()));
        problem.setDetail(Problems.bounded(problem.getDetail() == null ? Problems.detailFor(status.value())
                : problem.getDetail()));
        if (status.is5xxServerError()) {
            log.error("request failed with {}", status.value(), e);
        }
        HttpHeaders problemHeaders = HttpHeaders.copyOf(headers);
        problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return super.handleExceptionInternal(e, problem, problemHeaders, status, request);
    }

    private static ResponseEntity<ProblemDetail> tooLarge(BodyTooLargeException e) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).header(HttpHeaders.CONNECTION, "close")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(HttpStatus.CONTENT_TOO_LARGE, Problems.title(413), e.getMessage()));
    }

    private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    // ---- Kafka did not take the event: 503, try again (kept apart: the Retry-After header goes here) ----

    @ExceptionHandler(PublishFailedException.class)
    ResponseEntity<ProblemDetail> unavailable(PublishFailedException e) {
        log.error("publish failed: {}", e.getMessage());
        return answer(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "Messaging unavailable",
                "the delivery could not be handed to Kafka; try again"));
    }
}
