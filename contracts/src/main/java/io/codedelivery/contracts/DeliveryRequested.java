package io.codedelivery.contracts;

import java.time.Instant;
import java.util.List;

/**
 * A dispatcher asked for a delivery along a route. It carries the route's geometry so that the
 * simulator can drive any route without reading the backend's database.
 */
public record DeliveryRequested(String deliveryId, String routeId, List<GeoPoint> path, Instant requestedAt) {

    public DeliveryRequested {
        Require.text(deliveryId, "deliveryId");
        Require.text(routeId, "routeId");
        Require.present(requestedAt, "requestedAt");
        Require.present(path, "path");
        if (path.size() < 2) {
            throw new IllegalArgumentException("path needs at least 2 points, had " + path.size());
        }
        path = List.copyOf(path);
    }
}
