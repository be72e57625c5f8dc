package io.codedelivery.contracts;

import java.time.Instant;

/**
 * A dispatcher cancelled a delivery. Its vehicle stops: the simulator reports one last position,
 * {@code finished} and {@code cancelled}, where the vehicle stood, and drives it no further. Keyed
 * by delivery id on a topic with as many partitions as the requests' topic, so a delivery's request
 * and its cancellation reach the same simulator task.
 */
public record DeliveryCancelled(String deliveryId, Instant cancelledAt) implements DeliveryEvent {

    public DeliveryCancelled {
        Require.id(deliveryId, "deliveryId");
        Require.present(cancelledAt, "cancelledAt");
    }
}
