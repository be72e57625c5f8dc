package io.codedelivery.backend.delivery;

import java.time.Instant;

/** A delivered delivery cannot be cancelled any more. */
class DeliveryAlreadyDeliveredException extends RuntimeException {

    DeliveryAlreadyDeliveredException(String id, Instant deliveredAt) {
        super("delivery '" + id + "' was delivered at " + deliveredAt + "; a delivered delivery cannot be cancelled");
    }
}
