package io.codedelivery.backend.route;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The route feature's own errors as application/problem+json, wherever they are thrown (an
 * archived route also refuses a delivery); ahead of the general handlers.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RouteErrors {

    @ExceptionHandler(DuplicateRouteTitleException.class)
    ProblemDetail duplicateTitle(DuplicateRouteTitleException e) {
        return problem(HttpStatus.CONFLICT, "Duplicate route title", e.getMessage());
    }

    @ExceptionHandler(ArchivedRouteException.class)
    ProblemDetail archived(ArchivedRouteException e) {
        return problem(HttpStatus.CONFLICT, "Route archived", e.getMessage());
    }

    /** The rest of the body is not read: the connection is closed. */
    @ExceptionHandler(RouteFileTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(RouteFileTooLargeException e) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).header(HttpHeaders.CONNECTION, "close")
                .body(problem(HttpStatus.CONTENT_TOO_LARGE, "Content Too Large", e.getMessage()));
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
