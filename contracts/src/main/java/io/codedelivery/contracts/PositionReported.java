package io.codedelivery.contracts;

import java.time.Instant;

/**
 * Where a delivery's vehicle was when the simulator (or a phone) reported it. {@code seq} counts
 * 0, 1, 2, ... per delivery; the last position of a delivery has {@code finished = true}.
 */
public record PositionReported(
        String deliveryId, String routeId, long seq, double lat, double lng, boolean finished, Instant emittedAt) {

    public PositionReported {
        Require.text(deliveryId, "deliveryId");
        Require.text(routeId, "routeId");
        Require.present(emittedAt, "emittedAt");
        if (seq < 0) {
            throw new IllegalArgumentException("seq must not be negative, was " + seq);
        }
        new GeoPoint(lat, lng);
    }

    /** Unique per position, stable across redeliveries: usable as a document id. */
    public String positionId() {
        return deliveryId + "-" + seq;
    }

    public GeoPoint point() {
        return new GeoPoint(lat, lng);
    }
}
