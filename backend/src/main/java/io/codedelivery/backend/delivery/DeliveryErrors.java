package io.codedelivery.backend.delivery;

import io.codedelivery.backend.messaging.EventRefusedException;
import io.codedelivery.backend.messaging.PublishFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The delivery feature's own errors, as application/problem+json; ahead of the general handlers. */
@RestControllerAdvice(assignableTypes = DeliveryController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class DeliveryErrors {

    static final String RETRY_AFTER_SECONDS = "5";

    private static final Logger log = LoggerFactory.getLogger(DeliveryErrors.class);

    /** Nothing was started (see {@link StartDelivery}), so the client may simply try again. */
    @ExceptionHandler(PublishFailedException.class)
    ResponseEntity<ProblemDetail> kafkaUnavailable(PublishFailedException e) {
        log.error("delivery not started: {}", e.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", RETRY_AFTER_SECONDS)
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "Messaging unavailable",
                        "Kafka did not take the delivery, so none was started; try again in a few seconds"));
    }

    @ExceptionHandler(EventRefusedException.class)
    ProblemDetail refused(EventRefusedException e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Delivery cannot be requested", e.getMessage());
    }

    @ExceptionHandler(DeliveryAlreadyDeliveredException.class)
    ProblemDetail alreadyDelivered(DeliveryAlreadyDeliveredException e) {
        return problem(HttpStatus.CONFLICT, "Delivery already delivered", e.getMessage());
    }

    @ExceptionHandler(NewDriverLink.NotDeviceDrivenException.class)
    ProblemDetail noDriverLink(NewDriverLink.NotDeviceDrivenException e) {
        return problem(HttpStatus.CONFLICT, "No driver link", e.getMessage());
    }

    @ExceptionHandler(InvalidDeliveryQueryException.class)
    ProblemDetail invalidQuery(InvalidDeliveryQueryException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid delivery query", e.getMessage());
    }

    @ExceptionHandler(InvalidIdempotencyKeyException.class)
    ProblemDetail invalidKey(InvalidIdempotencyKeyException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid Idempotency-Key", e.getMessage());
    }

    @ExceptionHandler(IdempotencyKeyConflictException.class)
    ResponseEntity<ProblemDetail> conflict(IdempotencyKeyConflictException e) {
        if (e.retryable()) {
            return ResponseEntity.status(HttpStatus.CONFLICT).header("Retry-After", "1")
                    .body(problem(HttpStatus.CONFLICT, "Request in progress", e.getMessage()));
        }
        return ResponseEntity.unprocessableContent()
                .body(problem(HttpStatus.UNPROCESSABLE_CONTENT, "Idempotency-Key reused", e.getMessage()));
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
