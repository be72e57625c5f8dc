package io.codedelivery.backend.delivery;

/** A history query the API cannot read; the message says which parameter and why. */
class InvalidDeliveryQueryException extends RuntimeException {

    InvalidDeliveryQueryException(String message) {
        super(message);
    }
}
