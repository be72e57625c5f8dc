package io.codedelivery.backend.web;

import java.io.IOException;

/** Thrown by a request body stream once more bytes arrive than the API accepts. */
final class BodyTooLargeException extends IOException {

    private final long limit;

    BodyTooLargeException(long limit) {
        super("the request body is over the limit of " + limit + " bytes");
        this.limit = limit;
    }

    long limit() {
        return limit;
    }

    /** The exception in the cause chain of {@code error}, or null. */
    static BodyTooLargeException in(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLargeException tooLarge) {
                return tooLarge;
            }
            if (cause.getCause() == cause) {
                return null;
            }
        }
        return null;
    }
}
