package io.codedelivery.contracts;

import java.time.Instant;

/**
 * Where a delivery's vehicle was when the simulator (or a phone) reported it. {@code seq} counts
 * 0, 1, 2, ... per delivery; the last position of a delivery has {@code finished = true}.
 */
public record PositionReported(
        String deliveryId, String routeId, long seq, double lat, double lng, boolean finished, Instant emittedAt)
        implements DeliveryEvent {

    /** Two positions a second for more than a year. */
    public static final long MAX_SEQ = 100_000_000L;

    /** Times outside these bounds are a broken clock or a forged record, not a vehicle. */
    public static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");

    public PositionReported {
        Require.id(deliveryId, "deliveryId");
        Require.id(routeId, "routeId");
        Require.present(emittedAt, "emittedAt");
        if (seq < 0 || seq > MAX_SEQ) {
            throw new IllegalArgumentException("seq must be between 0 and " + MAX_SEQ + ", was " + seq);
        }
        if (emittedAt.isBefore(EARLIEST) || !emittedAt.isBefore(LATEST)) {
            throw new IllegalArgumentException("emittedAt must be in [" + EARLIEST + ", " + LATEST + "), was " + emittedAt);
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
