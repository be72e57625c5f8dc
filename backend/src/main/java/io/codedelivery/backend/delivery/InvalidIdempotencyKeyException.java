package io.codedelivery.backend.delivery;

/** The {@code Idempotency-Key} header is malformed; answered with 400. */
public class InvalidIdempotencyKeyException extends RuntimeException {

    InvalidIdempotencyKeyException(String message) {
        super(message);
    }
}
