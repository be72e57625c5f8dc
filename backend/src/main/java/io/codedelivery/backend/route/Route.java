package io.codedelivery.backend.route;

import io.codedelivery.contracts.GeoPoint;
import java.time.Instant;
import java.util.List;

/** A path a vehicle can drive, from its first point to its last; an archived one is kept but not offered. */
public record Route(String id, String title, List<GeoPoint> path, boolean archived, Instant createdAt) {

    /** Metres per degree of latitude on the mean Earth radius {@link GeoPoint#metresTo} uses. */
    private static final double METRES_PER_DEGREE = 6_371_008.8 * Math.PI / 180;

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

    /**
     * How far along the route, from its start, lies the point of the route nearest {@code at}: where
     * a vehicle that stopped at {@code at} had got to. Each leg is flattened around its start, which
     * is exact enough for legs of a few kilometres.
     */
    public double metresAlongTo(GeoPoint at) {
        double best = Double.POSITIVE_INFINITY;
        double along = 0;
        double travelled = 0;
        for (int i = 1; i < path.size(); i++) {
            GeoPoint from = path.get(i - 1);
            GeoPoint to = path.get(i);
            double leg = from.metresTo(to);
            double metresPerDegreeLng = METRES_PER_DEGREE * Math.cos(Math.toRadians(from.lat()));
            double legX = (to.lng() - from.lng()) * metresPerDegreeLng;
            double legY = (to.lat() - from.lat()) * METRES_PER_DEGREE;
            double atX = (at.lng() - from.lng()) * metresPerDegreeLng;
            double atY = (at.lat() - from.lat()) * METRES_PER_DEGREE;
            double squared = legX * legX + legY * legY;
            double share = squared == 0 ? 0 : Math.clamp((atX * legX + atY * legY) / squared, 0, 1);
            double off = Math.hypot(atX - share * legX, atY - share * legY);
            if (off < best) {
                best = off;
                along = travelled + share * leg;
            }
            travelled += leg;
        }
        return along;
    }
}
