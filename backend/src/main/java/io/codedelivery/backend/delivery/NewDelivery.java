package io.codedelivery.backend.delivery;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** The body of {@code POST /api/deliveries}; {@code driver} is {@code simulator} unless it says {@code device}. */
@Schema(name = "NewDelivery")
record NewDelivery(String routeId,
        @Schema(allowableValues = {"simulator", "device"}, defaultValue = "simulator",
                requiredMode = Schema.RequiredMode.NOT_REQUIRED) @Nullable String driver) {

    NewDelivery {
        if (routeId == null || routeId.isBlank()) {
            throw new IllegalArgumentException("routeId is required");
        }
        if (driver != null && DeliveryDriver.parse(driver).isEmpty()) {
            throw new IllegalArgumentException("driver must be simulator or device, was " + driver);
        }
    }

    DeliveryDriver driverOrDefault() {
        return driver == null ? DeliveryDriver.SIMULATOR : DeliveryDriver.parse(driver).orElseThrow();
    }
}
