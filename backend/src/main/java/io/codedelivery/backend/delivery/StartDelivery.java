package io.codedelivery.backend.delivery;

import io.codedelivery.backend.messaging.EventPublisher;
import io.codedelivery.backend.messaging.PublishFailedException;
import io.codedelivery.backend.route.Route;
import io.codedelivery.backend.route.RouteCatalogue;
import io.codedelivery.backend.route.UnknownRouteException;
import io.codedelivery.contracts.DeliveryRequested;
import io.codedelivery.contracts.Topics;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Starts a delivery: records it as requested, then publishes {@link DeliveryRequested} with the
 * route's geometry. If Kafka does not take the event, the delivery is removed again and the
 * caller is told, so that no delivery waits for a vehicle that will never come.
 */
@Component
class StartDelivery {

    private static final Logger log = LoggerFactory.getLogger(StartDelivery.class);

    private final RouteCatalogue routes;
    private final DeliveryRepository deliveries;
    private final EventPublisher publisher;
    private final Clock clock;

    StartDelivery(RouteCatalogue routes, DeliveryRepository deliveries, EventPublisher publisher, Clock clock) {
        this.routes = routes;
        this.deliveries = deliveries;
        this.publisher = publisher;
        this.clock = clock;
    }

    Delivery start(String routeId) {
        Route route = routes.findById(routeId).orElseThrow(() -> new UnknownRouteException(routeId));
        Instant now = clock.instant();
        Delivery delivery = Delivery.requested(UUID.randomUUID().toString(), route.id(), now);
        deliveries.add(delivery);
        try {
            publisher.publish(Topics.DELIVERY_REQUESTED, delivery.id(),
                    new DeliveryRequested(delivery.id(), route.id(), route.path(), now));
        } catch (PublishFailedException e) {
            deliveries.remove(delivery.id());
            throw e;
        }
        log.info("delivery {} requested on route {}", delivery.id(), route.id());
        return delivery;
    }
}
