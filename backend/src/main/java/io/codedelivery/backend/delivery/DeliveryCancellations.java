package io.codedelivery.backend.delivery;

import io.codedelivery.backend.messaging.EventPublisher;
import io.codedelivery.contracts.DeliveryCancelled;
import io.codedelivery.contracts.Topics;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Tells the vehicle of a cancelled delivery to stop ({@code delivery.cancelled}) and everyone else
 * its record ({@code delivery.status}), then marks the cancellation published.
 */
@Component
class DeliveryCancellations {

    private final EventPublisher publisher;
    private final DeliveryRepository deliveries;

    DeliveryCancellations(EventPublisher publisher, DeliveryRepository deliveries) {
        this.publisher = publisher;
        this.deliveries = deliveries;
    }

    void publish(Delivery cancelled, Instant now) {
        publisher.publish(Topics.DELIVERY_CANCELLED, new DeliveryCancelled(cancelled.id(), cancelled.cancelledAt()));
        publisher.publish(Topics.DELIVERY_STATUS, cancelled.changed(now));
        deliveries.markCancellationPublished(cancelled.id());
    }
}
