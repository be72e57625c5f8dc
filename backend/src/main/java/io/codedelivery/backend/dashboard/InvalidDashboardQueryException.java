package io.codedelivery.backend.dashboard;

/** A dashboard query parameter that cannot be used; its message says which and why, for a 400. */
class InvalidDashboardQueryException extends RuntimeException {

    InvalidDashboardQueryException(String message) {
        super(message);
    }
}
