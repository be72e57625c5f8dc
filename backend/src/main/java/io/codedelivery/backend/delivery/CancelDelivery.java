package io.codedelivery.backend.delivery;

import io.codedelivery.backend.audit.AuditTrail;
import io.codedelivery.backend.messaging.KafkaReachability;
import io.codedelivery.contracts.AuditAction;
import io.codedelivery.contracts.AuditEvent;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Cancels a delivery that is requested or in transit: its record says cancelled at once, then its
 * vehicle is told to stop. Cancelling a cancelled delivery again changes nothing and answers the
 * same; a delivered one cannot be cancelled. The record is the outbox: if Kafka does not take the
 * cancellation now, the delivery stays marked and {@link PendingRequests} publishes it later, so the
 * caller is answered either way and the vehicle stops once Kafka is back. The call that cancels it is
 * recorded in the {@link AuditTrail}; a repeated cancel is not.
 */
@Component
class CancelDelivery {

    private static final Logger log = LoggerFactory.getLogger(CancelDelivery.class);

    private final DeliveryRepository deliveries;
    private final DeliveryCancellations cancellations;
    private final KafkaReachability kafka;
    private final AuditTrail audit;
    private final Clock clock;

    CancelDelivery(DeliveryRepository deliveries, DeliveryCancellations cancellations, KafkaReachability kafka,
            AuditTrail audit, Clock clock) {
        this.deliveries = deliveries;
        this.cancellations = cancellations;
        this.kafka = kafka;
        this.audit = audit;
        this.clock = clock;
    }

    Delivery cancel(String id, AuditEvent.Actor actor) {
        Instant now = clock.instant();
        boolean cancelledNow = deliveries.markCancelled(id, now, true);
        Delivery delivery = deliveries.findById(id).orElseThrow(() -> new UnknownDeliveryException(id));
        if (delivery.status() == DeliveryStatus.DELIVERED) {
            throw new DeliveryAlreadyDeliveredException(id, delivery.deliveredAt());
        }
        if (cancelledNow) {
            boolean started = delivery.startedAt() != null;
            log.info("delivery {} cancelled ({} before)", id, started ? "in transit" : "requested");
            audit.record(AuditAction.DELIVERY_CANCELLED, actor, id, AuditTrail.details("routeId", delivery.routeId(),
                    "routeTitle", delivery.routeTitle(), "driver", delivery.driver().code(),
                    "statusBefore", (started ? DeliveryStatus.IN_TRANSIT : DeliveryStatus.REQUESTED).code()));
            tellTheVehicle(delivery, now);
        }
        return delivery;
    }

    private void tellTheVehicle(Delivery delivery, Instant now) {
        if (!kafka.reachable()) {
            log.warn("delivery {} cancelled while Kafka is unreachable: its vehicle is told once it is back",
                    delivery.id());
            return;
        }
        try {
            cancellations.publish(delivery, now);
        } catch (RuntimeException e) {
            log.warn("delivery {} cancelled but Kafka did not take the cancellation; it is published later: {}",
                    delivery.id(), e.toString());
        }
    }
}
