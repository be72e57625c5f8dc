package io.codedelivery.backend.delivery;

public class UnknownDeliveryException extends RuntimeException {

    UnknownDeliveryException(String id) {
        super("no delivery with id '" + id + "'");
    }
}
