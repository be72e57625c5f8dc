package io.codedelivery.backend.delivery;

import io.codedelivery.contracts.DeliveryStatusChanged;
import java.time.Instant;

/**
 * A delivery along a route; its status follows the positions its vehicle reports, until it is
 * delivered or cancelled. The route's title and length are kept as they were when it was requested.
 */
record Delivery(String id, String routeId, String routeTitle, double distanceMeters, DeliveryStatus status,
        Instant requestedAt, Instant startedAt, Instant deliveredAt, Instant cancelledAt) {

    static Delivery requested(String id, String routeId, String routeTitle, double distanceMeters, Instant at) {
        return new Delivery(id, routeId, routeTitle, distanceMeters, DeliveryStatus.REQUESTED, at, null, null, null);
    }

    /** The whole record, as the search engine and anyone else reading {@code delivery.status} sees it. */
    DeliveryStatusChanged changed(Instant at) {
        return DeliveryStatusChanged.of(id, routeId, routeTitle, status.code(), requestedAt, startedAt, deliveredAt,
                cancelledAt, distanceMeters, at);
    }
}
