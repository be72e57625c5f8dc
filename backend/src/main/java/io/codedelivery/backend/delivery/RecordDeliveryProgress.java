package io.codedelivery.backend.delivery;

import io.codedelivery.backend.messaging.EventPublisher;
import io.codedelivery.backend.route.RouteCatalogue;
import io.codedelivery.contracts.PositionReported;
import io.codedelivery.contracts.Topics;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves a delivery's status along as its vehicle reports: the first position puts it in transit,
 * the finished one marks it delivered (or cancelled, when its vehicle stopped because the delivery
 * was cancelled: then the record usually says so already, and learns where along the route the
 * vehicle stopped); each time, the delivery's whole record goes to
 * {@code delivery.status}. Idempotent, so a redelivered position changes nothing: the record
 * published again is the delivery's current one, which never moves backwards.
 */
class RecordDeliveryProgress {

    private static final Logger log = LoggerFactory.getLogger(RecordDeliveryProgress.class);

    private final DeliveryRepository deliveries;
    private final RouteCatalogue routes;
    private final EventPublisher publisher;
    private final Clock clock;

    RecordDeliveryProgress(DeliveryRepository deliveries, RouteCatalogue routes, EventPublisher publisher, Clock clock) {
        this.deliveries = deliveries;
        this.routes = routes;
        this.publisher = publisher;
        this.clock = clock;
    }

    void apply(PositionReported position) {
        if (position.cancelled()) {
            deliveries.markCancelled(position.deliveryId(), position.emittedAt(), false);
            routes.findById(position.routeId()).ifPresent(route ->
                    deliveries.recordStop(position.deliveryId(), route.metresAlongTo(position.point())));
        } else if (position.finished()) {
            deliveries.markDelivered(position.deliveryId(), position.emittedAt());
            log.info("delivery {} delivered after {} positions", position.deliveryId(), position.seq() + 1);
        } else if (position.seq() == 0) {
            deliveries.markInTransit(position.deliveryId(), position.emittedAt());
        } else {
            return;
        }
        deliveries.findById(position.deliveryId())
                .ifPresent(delivery -> publisher.publish(Topics.DELIVERY_STATUS, delivery.changed(clock.instant())));
    }
}
