package io.codedelivery.backend.delivery;

import io.codedelivery.contracts.PositionReported;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves a delivery's status along as its vehicle reports: the first position puts it in transit,
 * the finished one marks it delivered. Idempotent, so a redelivered position changes nothing.
 */
class RecordDeliveryProgress {

    private static final Logger log = LoggerFactory.getLogger(RecordDeliveryProgress.class);

    private final DeliveryRepository deliveries;

    RecordDeliveryProgress(DeliveryRepository deliveries) {
        this.deliveries = deliveries;
    }

    void apply(PositionReported position) {
        if (position.finished()) {
            deliveries.markDelivered(position.deliveryId(), position.emittedAt());
            log.info("delivery {} delivered after {} positions", position.deliveryId(), position.seq() + 1);
        } else if (position.seq() == 0) {
            deliveries.markInTransit(position.deliveryId(), position.emittedAt());
        }
    }
}
