package io.codedelivery.contracts;

/** A WGS84 coordinate in decimal degrees. */
public record GeoPoint(double lat, double lng) {

    public GeoPoint {
        if (!Double.isFinite(lat) || lat < -90 || lat > 90) {
            throw new IllegalArgumentException("lat must be between -90 and 90, was " + lat);
        }
        if (!Double.isFinite(lng) || lng < -180 || lng > 180) {
            throw new IllegalArgumentException("lng must be between -180 and 180, was " + lng);
        }
    }
}
