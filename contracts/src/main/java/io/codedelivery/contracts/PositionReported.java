package io.codedelivery.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;

/**
 * Where a delivery's vehicle was when the simulator (or a phone) reported it. {@code seq} counts
 * 0, 1, 2, ... per delivery; the last position of a delivery has {@code finished = true}, and also
 * {@code cancelled = true} when the delivery ended because it was cancelled, not delivered (written
 * only then: absent means false).
 */
public record PositionReported(
        String deliveryId, String routeId, long seq, double lat, double lng, boolean finished, Instant emittedAt,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) Boolean cancelled)
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
        cancelled = Boolean.TRUE.equals(cancelled);
        if (cancelled && !finished) {
            throw new IllegalArgumentException("a cancelled position is the delivery's last: finished must be true");
        }
    }

    /** A position of a delivery that was not cancelled. */
    public PositionReported(String deliveryId, String routeId, long seq, double lat, double lng, boolean finished,
            Instant emittedAt) {
        this(deliveryId, routeId, seq, lat, lng, finished, emittedAt, false);
    }

    /** The last position of a cancelled delivery, where its vehicle stood. */
    public static PositionReported cancelledAt(String deliveryId, String routeId, long seq, GeoPoint at, Instant emittedAt) {
        return new PositionReported(deliveryId, routeId, seq, at.lat(), at.lng(), true, emittedAt, true);
    }

    /** Unique per position, stable across redeliveries: usable as a document id. */
    public String positionId() {
        return deliveryId + "-" + seq;
    }

    public GeoPoint point() {
        return new GeoPoint(lat, lng);
    }
}
