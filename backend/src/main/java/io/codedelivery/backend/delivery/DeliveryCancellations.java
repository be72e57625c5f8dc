package io.codedelivery.backend.delivery;

import io.codedelivery.backend.device.DevicePositions;
import io.codedelivery.backend.messaging.EventPublisher;
import io.codedelivery.contracts.DeliveryCancelled;
import io.codedelivery.contracts.Topics;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Tells the vehicle of a cancelled delivery to stop ({@code delivery.cancelled}) and everyone else
 * its record ({@code delivery.status}), then marks the cancellation published. A device cannot be
 * told to stop, so a device-driven delivery's last position is published here instead, where its
 * device last was, as the simulator would.
 */
@Component
class DeliveryCancellations {

    private final EventPublisher publisher;
    private final DeliveryRepository deliveries;
    private final DevicePositions devices;

    DeliveryCancellations(EventPublisher publisher, DeliveryRepository deliveries, DevicePositions devices) {
        this.publisher = publisher;
        this.deliveries = deliveries;
        this.devices = devices;
    }

    void publish(Delivery cancelled, Instant now) {
        if (cancelled.driver() == DeliveryDriver.DEVICE) {
            devices.reportCancelled(cancelled.id(), cancelled.cancelledAt());
        }
        publisher.publish(Topics.DELIVERY_CANCELLED, new DeliveryCancelled(cancelled.id(), cancelled.cancelledAt()));
        publisher.publish(Topics.DELIVERY_STATUS, cancelled.changed(now));
        deliveries.markCancellationPublished(cancelled.id());
    }
}
