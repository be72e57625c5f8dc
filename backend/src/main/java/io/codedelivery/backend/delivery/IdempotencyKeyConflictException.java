package io.codedelivery.backend.delivery;

/**
 * The {@code Idempotency-Key} belongs to another request: one for another route (422), or one still
 * being started (409, worth retrying shortly).
 */
public class IdempotencyKeyConflictException extends RuntimeException {

    private final boolean inProgress;

    private IdempotencyKeyConflictException(String message, boolean inProgress) {
        super(message);
        this.inProgress = inProgress;
    }

    static IdempotencyKeyConflictException reusedForAnotherRoute() {
        return new IdempotencyKeyConflictException(
                "this Idempotency-Key was used for a delivery on another route; use a new key for a new request", false);
    }

    static IdempotencyKeyConflictException stillStarting() {
        return new IdempotencyKeyConflictException(
                "a request with this Idempotency-Key is still being handled; retry shortly", true);
    }

    public boolean retryable() {
        return inProgress;
    }
}
