package io.codedelivery.backend.delivery;

import io.codedelivery.backend.audit.AuditTrail;
import io.codedelivery.backend.device.DeviceLink;
import io.codedelivery.backend.device.DeviceLinks;
import io.codedelivery.backend.messaging.KafkaReachability;
import io.codedelivery.backend.messaging.PublishFailedException;
import io.codedelivery.backend.route.ArchivedRouteException;
import io.codedelivery.backend.route.Route;
import io.codedelivery.backend.route.RouteCatalogue;
import io.codedelivery.backend.route.UnknownRouteException;
import io.codedelivery.contracts.AuditAction;
import io.codedelivery.contracts.AuditEvent;
import io.codedelivery.contracts.Topics;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Starts a delivery: records it as requested, then publishes it ({@link DeliveryRequests}). If Kafka
 * is unreachable, or does not take the event within its bounds, the delivery is removed again and
 * the caller is told, so that no delivery exists that the caller was not told about. If the process
 * dies between storing and publishing, {@link PendingRequests} publishes it later. A request carrying
 * an {@link IdempotencyKey} that already started a delivery gets that delivery back instead of a
 * second one. A delivery started is recorded in the {@link AuditTrail}; a replay is not.
 */
@Component
class StartDelivery {

    /** {@code device} only for a device-driven delivery started now: a replay cannot show its token again. */
    record Started(Delivery delivery, boolean replayed, @Nullable DeviceLink device) {

        Started(Delivery delivery, boolean replayed) {
            this(delivery, replayed, null);
        }
    }

    private static final Logger log = LoggerFactory.getLogger(StartDelivery.class);

    private final RouteCatalogue routes;
    private final DeliveryRepository deliveries;
    private final IdempotencyKeyRepository keys;
    private final DeliveryRequests requests;
    private final DeviceLinks deviceLinks;
    private final KafkaReachability kafka;
    private final AuditTrail audit;
    private final Clock clock;

    StartDelivery(RouteCatalogue routes, DeliveryRepository deliveries, IdempotencyKeyRepository keys,
            DeliveryRequests requests, DeviceLinks deviceLinks, KafkaReachability kafka, AuditTrail audit, Clock clock) {
        this.routes = routes;
        this.deliveries = deliveries;
        this.keys = keys;
        this.requests = requests;
        this.deviceLinks = deviceLinks;
        this.kafka = kafka;
        this.audit = audit;
        this.clock = clock;
    }

    Started start(String routeId, Optional<IdempotencyKey> key) {
        return start(routeId, DeliveryDriver.SIMULATOR, key, AuditEvent.Actor.anonymous(null));
    }

    /**
     * A device-driven delivery gets its token before it is published: once the delivery exists for
     * others, its driver can report for it.
     */
    Started start(String routeId, DeliveryDriver driver, Optional<IdempotencyKey> key, AuditEvent.Actor actor) {
        Route route = routes.findById(routeId).orElseThrow(() -> new UnknownRouteException(routeId));
        if (route.archived()) {
            throw new ArchivedRouteException(route.id());
        }
        Instant now = clock.instant();
        Delivery delivery = Delivery.requested(UUID.randomUUID().toString(), route.id(), route.title(),
                route.lengthMeters(), now, driver);
        if (key.isPresent()) {
            Optional<Delivery> earlier = earlierRequest(key.get(), delivery, now);
            if (earlier.isPresent()) {
                return new Started(earlier.get(), true);
            }
        }
        DeviceLink device = null;
        try {
            requireKafka();
            deliveries.add(delivery);
            if (driver == DeliveryDriver.DEVICE) {
                device = deviceLinks.issue(delivery.id()).orElseThrow();
            }
            publish(route, delivery, now);
        } catch (RuntimeException e) {
            key.ifPresent(k -> keys.release(k.value()));
            throw e;
        }
        log.info("delivery {} requested on route {}, driven by {}", delivery.id(), route.id(), driver.code());
        audit.record(AuditAction.DELIVERY_STARTED, actor, delivery.id(),
                AuditTrail.details("routeId", route.id(), "routeTitle", route.title(), "driver", driver.code()));
        return new Started(delivery, false, device);
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
