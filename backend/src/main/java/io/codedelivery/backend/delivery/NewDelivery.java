package io.codedelivery.backend.delivery;

import io.swagger.v3.oas.annotations.media.Schema;

/** The body of {@code POST /api/deliveries}. */
@Schema(name = "NewDelivery")
record NewDelivery(String routeId) {

    NewDelivery {
        if (routeId == null || routeId.isBlank()) {
            throw new IllegalArgumentException("routeId is required");
        }
    }
}
