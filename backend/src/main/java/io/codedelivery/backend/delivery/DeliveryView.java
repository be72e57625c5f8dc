package io.codedelivery.backend.delivery;

import io.codedelivery.contracts.DeliveryStatusChanged;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A delivery as the REST API shows it: {@code startedAt} once its first position was seen,
 * {@code deliveredAt} once its last, {@code cancelledAt} if it was cancelled; null until then.
 * {@code distanceMeters} is its route's length, {@code drivenMeters} how far its vehicle drove (the
 * route's length once delivered, where it stopped once cancelled, null until known);
 * {@code durationSeconds} runs from its start to its delivery or cancellation.
 */
@Schema(name = "Delivery")
record DeliveryView(String id, String routeId, String routeTitle,
        @Schema(allowableValues = {"requested", "in_transit", "delivered", "cancelled"}) String status,
        Instant requestedAt, @Nullable Instant startedAt, @Nullable Instant deliveredAt, @Nullable Instant cancelledAt,
        double distanceMeters, @Nullable Double drivenMeters, @Nullable Double durationSeconds) {

    static DeliveryView of(Delivery delivery) {
        Double duration = DeliveryStatusChanged.durationSeconds(delivery.startedAt(), delivery.deliveredAt(),
                delivery.cancelledAt());
        return new DeliveryView(delivery.id(), delivery.routeId(), delivery.routeTitle(), delivery.status().code(),
                delivery.requestedAt(), delivery.startedAt(), delivery.deliveredAt(), delivery.cancelledAt(),
                delivery.distanceMeters(), delivery.drivenMeters(), duration);
    }
}
