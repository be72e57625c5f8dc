package io.codedelivery.backend.delivery;

/** The body of {@code POST /api/deliveries}. */
record NewDelivery(String routeId) {

    NewDelivery {
        if (routeId == null || routeId.isBlank()) {
            throw new IllegalArgumentException("routeId is required");
        }
    }
}
