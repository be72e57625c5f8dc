package io.codedelivery.backend.route;

import io.codedelivery.contracts.GeoPoint;
import java.time.Instant;
import java.util.List;

/** A path a vehicle can drive, from its first point to its last; an archived one is kept but not offered. */
public record Route(String id, String title, List<GeoPoint> path, boolean archived, Instant createdAt) {

    public Route {
        if (id == null || id.isBlank()) {
            throw new InvalidRouteException("a route needs an id");
        }
        if (title == null || title.isBlank()) {
            throw new InvalidRouteException("a route needs a title");
        }
        if (path == null || path.size() < 2) {
            throw new InvalidRouteException("a route needs at least 2 points");
        }
        if (createdAt == null) {
            throw new InvalidRouteException("a route needs its creation time");
        }
        path = List.copyOf(path);
    }

    public GeoPoint start() {
        return path.get(0);
    }

    public GeoPoint end() {
        return path.get(path.size() - 1);
    }

    /** Length along the path in metres (haversine). */
    public double lengthMeters() {
        double total = 0;
        for (int i = 1; i < path.size(); i++) {
            total += path.get(i - 1).metresTo(path.get(i));
        }
        return total;
    }
}
