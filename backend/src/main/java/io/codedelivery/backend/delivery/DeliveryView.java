package io.codedelivery.backend.delivery;

import java.time.Instant;

record DeliveryView(String id, String routeId, String status, Instant requestedAt, Instant startedAt,
        Instant deliveredAt) {

    static DeliveryView of(Delivery delivery) {
        return new DeliveryView(delivery.id(), delivery.routeId(), delivery.status().code(), delivery.requestedAt(),
                delivery.startedAt(), delivery.deliveredAt());
    }
}
