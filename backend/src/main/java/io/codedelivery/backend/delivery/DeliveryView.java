package io.codedelivery.backend.delivery;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A delivery as the REST API shows it: {@code startedAt} once its first position was seen,
 * {@code deliveredAt} once its last; null until then.
 */
@Schema(name = "Delivery")
record DeliveryView(String id, String routeId,
        @Schema(allowableValues = {"requested", "in_transit", "delivered"}) String status, Instant requestedAt,
        @Nullable Instant startedAt, @Nullable Instant deliveredAt) {

    static DeliveryView of(Delivery delivery) {
        return new DeliveryView(delivery.id(), delivery.routeId(), delivery.status().code(), delivery.requestedAt(),
                delivery.startedAt(), delivery.deliveredAt());
    }
}
