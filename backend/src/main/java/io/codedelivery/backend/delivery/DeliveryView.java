package io.codedelivery.backend.delivery;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.codedelivery.backend.device.DeviceLink;
import io.codedelivery.contracts.DeliveryStatusChanged;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A delivery as the REST API shows it: {@code startedAt} once its first position was seen,
 * {@code deliveredAt} once its last, {@code cancelledAt} if it was cancelled; null until then.
 * {@code distanceMeters} is its route's length, {@code drivenMeters} how far its vehicle drove (the
 * route's length once delivered, where it stopped once cancelled, null until known);
 * {@code durationSeconds} runs from its start to its delivery or cancellation. {@code driver} says
 * what moves its vehicle; {@code device} carries a device-driven delivery's token and driver link in
 * the answer that issued them, and never again (only the token's hash is stored).
 */
@Schema(name = "Delivery")
record DeliveryView(String id, String routeId, String routeTitle,
        @Schema(allowableValues = {"requested", "in_transit", "delivered", "cancelled"}) String status,
        Instant requestedAt, @Nullable Instant startedAt, @Nullable Instant deliveredAt, @Nullable Instant cancelledAt,
        double distanceMeters, @Nullable Double drivenMeters, @Nullable Double durationSeconds,
        @Schema(allowableValues = {"simulator", "device"}) String driver,
        @Schema(description = "a device-driven delivery's token and driver link, only in the answer that made them",
                requiredMode = Schema.RequiredMode.NOT_REQUIRED)
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable DeviceLink device) {

    static DeliveryView of(Delivery delivery) {
        return of(delivery, null);
    }

    static DeliveryView of(Delivery delivery, @Nullable DeviceLink device) {
        Double duration = DeliveryStatusChanged.durationSeconds(delivery.startedAt(), delivery.deliveredAt(),
                delivery.cancelledAt());
        return new DeliveryView(delivery.id(), delivery.routeId(), delivery.routeTitle(), delivery.status().code(),
                delivery.requestedAt(), delivery.startedAt(), delivery.deliveredAt(), delivery.cancelledAt(),
                delivery.distanceMeters(), delivery.drivenMeters(), duration, delivery.driver().code(), device);
    }
}
