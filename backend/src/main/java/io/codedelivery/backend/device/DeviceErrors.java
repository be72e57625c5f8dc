package io.codedelivery.backend.device;

import io.codedelivery.backend.messaging.EventRefusedException;
import io.codedelivery.backend.messaging.PublishFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The device API's errors, as application/problem+json; ahead of the general handlers. */
@RestControllerAdvice(assignableTypes = {DeviceController.class, OsmAndController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class DeviceErrors {

    private static final Logger log = LoggerFactory.getLogger(DeviceErrors.class);

    @ExceptionHandler(DeviceExceptions.UnknownToken.class)
    ResponseEntity<ProblemDetail> unknownToken(DeviceExceptions.UnknownToken e) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .body(problem(HttpStatus.UNAUTHORIZED, "Unknown device", e.getMessage()));
    }

    @ExceptionHandler(DeviceExceptions.DeliveryEnded.class)
    ProblemDetail ended(DeviceExceptions.DeliveryEnded e) {
        ProblemDetail problem = problem(HttpStatus.GONE, "Delivery ended", e.getMessage());
        problem.setProperty("deliveryStatus", e.status());
        return problem;
    }

    @ExceptionHandler(DeviceExceptions.SeqGap.class)
    ProblemDetail gap(DeviceExceptions.SeqGap e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "Positions out of order", e.getMessage());
        problem.setProperty("expectedSeq", e.expectedSeq());
        return problem;
    }

    @ExceptionHandler(DeviceExceptions.NotAtDestination.class)
    ProblemDetail notThere(DeviceExceptions.NotAtDestination e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Not at the destination", e.getMessage());
    }

    @ExceptionHandler(DeviceExceptions.InvalidReport.class)
    ProblemDetail invalid(DeviceExceptions.InvalidReport e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid report", e.getMessage());
    }

    @ExceptionHandler(EventRefusedException.class)
    ProblemDetail refused(EventRefusedException e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Position cannot be taken", e.getMessage());
    }

    /** Nothing was counted as received, so the device sends the same positions again. */
    @ExceptionHandler(PublishFailedException.class)
    ResponseEntity<ProblemDetail> kafkaUnavailable(PublishFailedException e) {
        log.warn("device positions not taken: {}", e.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "Messaging unavailable",
                        "Kafka did not take the positions; send them again in a few seconds"));
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
