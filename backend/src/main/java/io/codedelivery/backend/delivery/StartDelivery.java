package io.codedelivery.backend.delivery;

import io.codedelivery.backend.messaging.KafkaReachability;
import io.codedelivery.backend.messaging.PublishFailedException;
import io.codedelivery.backend.route.ArchivedRouteException;
import io.codedelivery.backend.route.Route;
import io.codedelivery.backend.route.RouteCatalogue;
import io.codedelivery.backend.route.UnknownRouteException;
import io.codedelivery.contracts.Topics;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Starts a delivery: records it as requested, then publishes it ({@link DeliveryRequests}). If Kafka
 * is unreachable, or does not take the event within its bounds, the delivery is removed again and
 * the caller is told, so that no delivery exists that the caller was not told about. If the process
 * dies between storing and publishing, {@link PendingRequests} publishes it later. A request carrying
 * an {@link IdempotencyKey} that already started a delivery gets that delivery back instead of a
 * second one.
 */
@Component
class StartDelivery {

    record Started(Delivery delivery, boolean replayed) {
    }

    private static final Logger log = LoggerFactory.getLogger(StartDelivery.class);

    private final RouteCatalogue routes;
    private final DeliveryRepository deliveries;
    private final IdempotencyKeyRepository keys;
    private final DeliveryRequests requests;
    private final KafkaReachability kafka;
    private final Clock clock;

    StartDelivery(RouteCatalogue routes, DeliveryRepository deliveries, IdempotencyKeyRepository keys,
            DeliveryRequests requests, KafkaReachability kafka, Clock clock) {
        this.routes = routes;
        this.deliveries = deliveries;
        this.keys = keys;
        this.requests = requests;
        this.kafka = kafka;
        this.clock = clock;
    }

    Started start(String routeId, Optional<IdempotencyKey> key) {
        Route route = routes.findById(routeId).orElseThrow(() -> new UnknownRouteException(routeId));
        if (route.archived()) {
            throw new ArchivedRouteException(route.id());
        }
        Instant now = clock.instant();
        Delivery delivery = Delivery.requested(UUID.randomUUID().toString(), route.id(), route.title(),
                route.lengthMeters(), now);
        if (key.isPresent()) {
            Optional<Delivery> earlier = earlierRequest(key.get(), delivery, now);
            if (earlier.isPresent()) {
                return new Started(earlier.get(), true);
            }
        }
        try {
            requireKafka();
            deliveries.add(delivery);
            publish(route, delivery, now);
        } catch (RuntimeException e) {
            key.ifPresent(k -> keys.release(k.value()));
            throw e;
        }
        log.info("delivery {} requested on route {}", delivery.id(), route.id());
        return new Started(delivery, false);
    }

    private Optional<Delivery> earlierRequest(IdempotencyKey key, Delivery delivery, Instant now) {
        var claim = new IdempotencyKeyRepository.Claim(key.value(), delivery.id(), delivery.routeId());
        return keys.claim(claim, now).map(earlier -> {
            if (!earlier.routeId().equals(delivery.routeId())) {
                throw IdempotencyKeyConflictException.reusedForAnotherRoute();
            }
            return deliveries.findById(earlier.deliveryId()).orElseThrow(IdempotencyKeyConflictException::stillStarting);
        });
    }

    private void requireKafka() {
        if (!kafka.reachable()) {
            throw new PublishFailedException(Topics.DELIVERY_REQUESTED.name(),
                    new IllegalStateException("Kafka is unreachable"));
        }
    }

    /** A delivery Kafka did not take is removed: the caller is told it failed, so it must not go on. */
    private void publish(Route route, Delivery delivery, Instant now) {
        try {
            requests.publish(route, delivery, now);
        } catch (RuntimeException e) {
            deliveries.remove(delivery.id());
            throw e;
        }
    }
}
