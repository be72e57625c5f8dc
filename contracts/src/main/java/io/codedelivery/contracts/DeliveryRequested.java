package io.codedelivery.contracts;

import java.time.Instant;
import java.util.List;

/**
 * A dispatcher asked for a delivery along a route. It carries the route's geometry so that the
 * simulator can drive any route without reading the backend's database.
 */
public record DeliveryRequested(String deliveryId, String routeId, List<GeoPoint> path, Instant requestedAt)
        implements DeliveryEvent {

    /** Keeps the record well under the broker's 1 MB, with room for its dead-letter copy's headers. */
    public static final int MAX_PATH_POINTS = 10_000;

    public DeliveryRequested {
        Require.id(deliveryId, "deliveryId");
        Require.id(routeId, "routeId");
        Require.present(requestedAt, "requestedAt");
        Require.present(path, "path");
        if (path.size() < 2 || path.size() > MAX_PATH_POINTS) {
            throw new IllegalArgumentException(
                    "path needs between 2 and " + MAX_PATH_POINTS + " points, had " + path.size());
        }
        if (path.stream().anyMatch(java.util.Objects::isNull)) {
            throw new IllegalArgumentException("path must not contain null points");
        }
        path = List.copyOf(path);
    }
}
