package io.codedelivery.backend.route;

import io.codedelivery.contracts.GeoPoint;

/** The rules every route's points follow, whatever the format they came in; messages name the list and the point. */
final class PathRules {

    private PathRules() {
    }

    /** {@code list} names where the points are, {@code unit} what they are called there ("positions", "points"). */
    static void checkCount(String list, String unit, int count, RouteSettings limits) {
        if (count < 2) {
            throw new InvalidRouteException(list + " must hold at least 2 " + unit + ", had " + count);
        }
        if (count > limits.maxPoints()) {
            throw new InvalidRouteException(list + " must hold at most " + limits.maxPoints() + " " + unit
                    + ", had " + count);
        }
    }

    /** The point, or {@link InvalidRouteException} naming it ({@code at}) and its wrong value. */
    static GeoPoint point(String at, Double lat, Double lng) {
        if (lng == null || !Double.isFinite(lng) || lng < -180 || lng > 180) {
            throw new InvalidRouteException(at + ": longitude must be a number from -180 to 180, was " + lng);
        }
        if (lat == null || !Double.isFinite(lat) || lat < -90 || lat > 90) {
            throw new InvalidRouteException(at + ": latitude must be a number from -90 to 90, was " + lat);
        }
        return new GeoPoint(lat, lng);
    }
}
