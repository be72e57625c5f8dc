package io.codedelivery.backend.delivery;

import java.time.Instant;

/** A delivery along a route; its status follows the positions its vehicle reports. */
record Delivery(String id, String routeId, DeliveryStatus status, Instant requestedAt, Instant startedAt,
        Instant deliveredAt) {

    static Delivery requested(String id, String routeId, Instant at) {
        return new Delivery(id, routeId, DeliveryStatus.REQUESTED, at, null, null);
    }
}
