package io.codedelivery.backend.delivery;

import io.codedelivery.backend.messaging.KafkaReachability;
import io.codedelivery.backend.route.Route;
import io.codedelivery.backend.route.RouteCatalogue;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Closes the gap between storing a delivery's request or cancellation and publishing it: the
 * delivery document is the outbox. A delivery stays marked pending until its request (or its
 * cancellation) is on Kafka; one still pending {@code DELIVERY_PENDING_REQUEST_AFTER} after it was
 * requested (or cancelled) was left by a process that died in between, or by a broker that was
 * away, and is published now. Every replica looks; two publishing one event is harmless, since the
 * simulator drives a delivery it is already driving only once, and stops a stopped one only once.
 * A request no longer {@code requested} was published after all (the process died before marking
 * it), and is only marked.
 */
@Component
class PendingRequests {

    private static final Logger log = LoggerFactory.getLogger(PendingRequests.class);
    private static final int BATCH = 100;

    private final DeliveryRepository deliveries;
    private final RouteCatalogue routes;
    private final DeliveryRequests requests;
    private final DeliveryCancellations cancellations;
    private final KafkaReachability kafka;
    private final Clock clock;
    private final Duration after;

    PendingRequests(DeliveryRepository deliveries, RouteCatalogue routes, DeliveryRequests requests,
            DeliveryCancellations cancellations, KafkaReachability kafka, Clock clock,
            @Value("${codedelivery.delivery.pending-request-after}") Duration after) {
        this.deliveries = deliveries;
        this.routes = routes;
        this.requests = requests;
        this.cancellations = cancellations;
        this.kafka = kafka;
        this.clock = clock;
        this.after = after;
    }

    @Scheduled(initialDelayString = "${codedelivery.delivery.pending-request-check}",
            fixedDelayString = "${codedelivery.delivery.pending-request-check}")
    void publishPending() {
        if (!kafka.reachable()) {
            return;
        }
        Instant now = clock.instant();
        try {
            deliveries.requestsPendingSince(now.minus(after), BATCH).forEach(delivery -> publish(delivery, now));
            deliveries.cancellationsPendingSince(now.minus(after), BATCH).forEach(delivery -> {
                cancellations.publish(delivery, now);
                log.warn("delivery {} was cancelled but its cancellation not published: published now, {} after",
                        delivery.id(), Duration.between(delivery.cancelledAt(), now).truncatedTo(ChronoUnit.SECONDS));
            });
        } catch (RuntimeException e) {
            log.warn("could not publish pending delivery requests or cancellations, trying again later: {}", e.toString());
        }
    }

    private void publish(Delivery delivery, Instant now) {
        if (delivery.status() != DeliveryStatus.REQUESTED) {
            deliveries.markRequestPublished(delivery.id());
            return;
        }
        Optional<Route> route = routes.findById(delivery.routeId());
        if (route.isEmpty()) {
            log.error("delivery {} is pending on route {}, which does not exist: it cannot be published",
                    delivery.id(), delivery.routeId());
            return;
        }
        requests.publish(route.get(), delivery, now);
        log.warn("delivery {} was stored but its request not published (the process stopped in between):"
                + " published now, {} after it was requested", delivery.id(),
                Duration.between(delivery.requestedAt(), now).truncatedTo(ChronoUnit.SECONDS));
    }
}
