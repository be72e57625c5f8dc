package io.codedelivery.backend.delivery;

import io.codedelivery.contracts.DeliveryStatusChanged;
import java.time.Instant;

/**
 * A delivery along a route; its status follows the positions its vehicle reports, until it is
 * delivered or cancelled. The route's title and length are kept as they were when it was requested.
 * {@code stoppedAfterMeters} is how far along the route a cancelled delivery's vehicle stopped, once
 * its last position was seen. {@code driver} says what moves its vehicle.
 */
record Delivery(String id, String routeId, String routeTitle, double distanceMeters, DeliveryStatus status,
        Instant requestedAt, Instant startedAt, Instant deliveredAt, Instant cancelledAt, Double stoppedAfterMeters,
        DeliveryDriver driver) {

    /** A delivery the simulator drives. */
    Delivery(String id, String routeId, String routeTitle, double distanceMeters, DeliveryStatus status,
            Instant requestedAt, Instant startedAt, Instant deliveredAt, Instant cancelledAt, Double stoppedAfterMeters) {
        this(id, routeId, routeTitle, distanceMeters, status, requestedAt, startedAt, deliveredAt, cancelledAt,
                stoppedAfterMeters, DeliveryDriver.SIMULATOR);
    }

    static Delivery requested(String id, String routeId, String routeTitle, double distanceMeters, Instant at) {
        return requested(id, routeId, routeTitle, distanceMeters, at, DeliveryDriver.SIMULATOR);
    }

    static Delivery requested(String id, String routeId, String routeTitle, double distanceMeters, Instant at,
            DeliveryDriver driver) {
        return new Delivery(id, routeId, routeTitle, distanceMeters, DeliveryStatus.REQUESTED, at, null, null, null,
                null, driver);
    }

    /**
     * How far the vehicle drove: the route's length once delivered; once cancelled, where it stopped
     * (nothing if it never started); null while under way, or while a cancelled one's stop is not known.
     */
    Double drivenMeters() {
        return switch (status) {
            case DELIVERED -> distanceMeters;
            case CANCELLED -> startedAt == null ? Double.valueOf(0) : stoppedAfterMeters;
            case REQUESTED, IN_TRANSIT -> null;
        };
    }

    /** The whole record, as the search engine and anyone else reading {@code delivery.status} sees it. */
    DeliveryStatusChanged changed(Instant at) {
        return DeliveryStatusChanged.of(id, routeId, routeTitle, status.code(), requestedAt, startedAt, deliveredAt,
                cancelledAt, distanceMeters, drivenMeters(), at);
    }
}
