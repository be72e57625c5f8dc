package io.codedelivery.simulator.driving;

import io.codedelivery.contracts.GeoPoint;
import java.util.Arrays;
import java.util.List;

/**
 * A route's polyline measured along the ground, so that a vehicle can be placed at any distance
 * from the start however sparse or dense the waypoints are.
 */
final class Itinerary {
    private static final double EARTH_RADIUS_METRES = 6_371_008.8;

    private final List<GeoPoint> path;
    private final double[] distanceAtPoint;

    Itinerary(List<GeoPoint> path) {
        if (path == null || path.isEmpty()) {
            throw new IllegalArgumentException("an itinerary needs at least one point");
        }
        this.path = List.copyOf(path);
        this.distanceAtPoint = new double[path.size()];
        for (int i = 1; i < path.size(); i++) {
            distanceAtPoint[i] = distanceAtPoint[i - 1] + metresBetween(path.get(i - 1), path.get(i));
        }
    }

    double lengthMetres() {
        return distanceAtPoint[distanceAtPoint.length - 1];
    }

    /** The point at the given distance from the start, clamped to the start and the end. */
    GeoPoint pointAt(double metres) {
        if (metres <= 0) {
            return path.get(0);
        }
        if (metres >= lengthMetres()) {
            return path.get(path.size() - 1);
        }
        int end = segmentEndingAfter(metres);
        GeoPoint from = path.get(end - 1);
        GeoPoint to = path.get(end);
        double segment = distanceAtPoint[end] - distanceAtPoint[end - 1];
        double fraction = (metres - distanceAtPoint[end - 1]) / segment;
        return new GeoPoint(
                from.lat() + (to.lat() - from.lat()) * fraction,
                from.lng() + (to.lng() - from.lng()) * fraction);
    }

    private int segmentEndingAfter(double metres) {
        int found = Arrays.binarySearch(distanceAtPoint, metres);
        int index = found >= 0 ? found + 1 : -found - 1;
        while (distanceAtPoint[index] == distanceAtPoint[index - 1]) {
            index++;
        }
        return index;
    }

    static double metresBetween(GeoPoint a, GeoPoint b) {
        double dLat = Math.toRadians(b.lat() - a.lat());
        double dLng = Math.toRadians(b.lng() - a.lng());
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(a.lat())) * Math.cos(Math.toRadians(b.lat())) * Math.pow(Math.sin(dLng / 2), 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
