package io.codedelivery.contracts;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * A delivery's whole record after a change of its status: the last one of a delivery is all there
 * is to know about it, so its topic is compacted and its search document is simply overwritten.
 * {@code startedAt}, {@code deliveredAt}, {@code cancelledAt} and {@code durationSeconds} are null
 * until known; a cancelled delivery has no {@code deliveredAt}, and its duration runs from its start
 * to its cancellation. {@code distanceMeters} is the route's length; {@code drivenMeters} how far the
 * vehicle drove: the route's length once delivered, where it stopped once cancelled (0 when it never
 * started), null while that is not known.
 */
public record DeliveryStatusChanged(String deliveryId, String routeId, String routeTitle, String status,
        Instant requestedAt, Instant startedAt, Instant deliveredAt, Double durationSeconds, double distanceMeters,
        Instant changedAt, Instant cancelledAt, Double drivenMeters) implements DeliveryEvent {

    public static final Set<String> STATUSES = Set.of("requested", "in_transit", "delivered", "cancelled");

    public DeliveryStatusChanged {
        Require.id(deliveryId, "deliveryId");
        Require.id(routeId, "routeId");
        Require.text(routeTitle, "routeTitle");
        Require.present(status, "status");
        if (!STATUSES.contains(status)) {
            throw new IllegalArgumentException("status must be one of requested, in_transit, delivered, cancelled");
        }
        Require.present(requestedAt, "requestedAt");
        Require.present(changedAt, "changedAt");
        if (!Double.isFinite(distanceMeters) || distanceMeters < 0) {
            throw new IllegalArgumentException("distanceMeters must be a finite number of at least 0");
        }
        if (drivenMeters != null && (!Double.isFinite(drivenMeters) || drivenMeters < 0)) {
            throw new IllegalArgumentException("drivenMeters must be a finite number of at least 0");
        }
    }

    /** The record of a delivery whose times are known so far; the duration follows from them. */
    public static DeliveryStatusChanged of(String deliveryId, String routeId, String routeTitle, String status,
            Instant requestedAt, Instant startedAt, Instant deliveredAt, Instant cancelledAt, double distanceMeters,
            Double drivenMeters, Instant changedAt) {
        return new DeliveryStatusChanged(deliveryId, routeId, routeTitle, status, requestedAt, startedAt, deliveredAt,
                durationSeconds(startedAt, deliveredAt, cancelledAt), distanceMeters, changedAt, cancelledAt, drivenMeters);
    }

    /** From the start to the delivery or the cancellation, in seconds; null until both are known. */
    public static Double durationSeconds(Instant startedAt, Instant deliveredAt, Instant cancelledAt) {
        Instant ended = deliveredAt != null ? deliveredAt : cancelledAt;
        return startedAt == null || ended == null ? null : Duration.between(startedAt, ended).toMillis() / 1000.0;
    }
}
