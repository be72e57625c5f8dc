package io.codedelivery.backend.viewer;

/** A scope or client message that cannot be understood; the message says what is wrong. */
final class InvalidScopeException extends RuntimeException {

    InvalidScopeException(String message) {
        super(message);
    }
}
