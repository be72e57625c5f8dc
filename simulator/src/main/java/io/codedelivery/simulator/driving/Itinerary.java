package io.codedelivery.simulator.driving;

import io.codedelivery.contracts.GeoPoint;
import java.util.Arrays;
import java.util.List;

/**
 * A route's polyline measured along the ground, so that a vehicle can be placed at any distance
 * from the start however sparse or dense the waypoints are.
 */
final class Itinerary {

    private final List<GeoPoint> path;
    private final double[] distanceAtPoint;

    Itinerary(List<GeoPoint> path) {
        if (path == null || path.isEmpty()) {
            throw new IllegalArgumentException("an itinerary needs at least one point");
        }
        this.path = List.copyOf(path);
        this.distanceAtPoint = new double[path.size()];
        for (int i = 1; i < path.size(); i++) {
            distanceAtPoint[i] = distanceAtPoint[i - 1] + path.get(i - 1).metresTo(path.get(i));
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
}
