package io.codedelivery.backend.delivery;

import io.codedelivery.backend.messaging.EventPublisher;
import io.codedelivery.backend.route.Route;
import io.codedelivery.contracts.DeliveryRequested;
import io.codedelivery.contracts.Topics;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Hands a stored delivery to the simulator: its record to {@code delivery.status}, then its request
 * with the route's geometry to {@code route.new-direction}, then marks the request published. The
 * record goes out first: the simulator can only start the delivery once it has the request, so the
 * "requested" record can never land after the "in transit" one. A device-driven delivery has no
 * request: its device reports positions itself.
 */
@Component
class DeliveryRequests {

    private final EventPublisher publisher;
    private final DeliveryRepository deliveries;

    DeliveryRequests(EventPublisher publisher, DeliveryRepository deliveries) {
        this.publisher = publisher;
        this.deliveries = deliveries;
    }

    void publish(Route route, Delivery delivery, Instant now) {
        publisher.publish(Topics.DELIVERY_STATUS, delivery.changed(now));
        if (delivery.driver() == DeliveryDriver.SIMULATOR) {
            publisher.publish(Topics.DELIVERY_REQUESTED,
                    new DeliveryRequested(delivery.id(), route.id(), route.path(), delivery.requestedAt()));
        }
        deliveries.markRequestPublished(delivery.id());
    }
}
