package io.codedelivery.simulator.driving;

import io.codedelivery.contracts.DeliveryCancelled;
import io.codedelivery.contracts.DeliveryEvent;
import io.codedelivery.contracts.DeliveryRequested;
import io.codedelivery.contracts.GeoPoint;
import io.codedelivery.contracts.Events;
import io.codedelivery.contracts.PositionReported;
import io.codedelivery.contracts.Topics;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the deliveries of its task in the state stores and moves each one a step along its route
 * once per tick, at its own slot within the tick, reporting where it is. The reported position and
 * the stored step commit together, so a delivery resumes where it stopped after a failover. A
 * cancelled delivery reports one last position where its vehicle stood, marked cancelled, and is
 * driven no further; a cancellation read before its request (they come from two topics) is kept, and
 * the request is then ignored.
 */
final class DeliveryDriver implements Processor<String, DeliveryEvent, String, byte[]> {
    private static final Logger log = LoggerFactory.getLogger(DeliveryDriver.class);
    private static final Duration EARLY_CANCELLATION_KEPT = Duration.ofDays(1);
    private static final Duration EARLY_CANCELLATION_SWEEP = Duration.ofMinutes(10);

    private final DrivingSettings settings;
    private final DrivingMetrics metrics;
    private final InstantSource clock;
    private final Map<String, Driven> driven = new HashMap<>();
    private ProcessorContext<String, byte[]> context;
    private KeyValueStore<String, ActiveDelivery> deliveries;
    private KeyValueStore<String, Long> steps;
    private EarlyCancellations earlyCancellations;
    private Timetable timetable;
    private int reportedActive;

    /** A delivery with its itinerary, kept in memory so a tick reads neither the route nor its geometry. */
    private record Driven(ActiveDelivery delivery, Itinerary itinerary) {

        Driven(ActiveDelivery delivery) {
            this(delivery, new Itinerary(delivery.path()));
        }
    }

    DeliveryDriver(DrivingSettings settings, DrivingMetrics metrics, InstantSource clock) {
        this.settings = settings;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Stores are restored before this runs, so the timetable is rebuilt from the steps they hold. */
    @Override
    public void init(ProcessorContext<String, byte[]> context) {
        this.context = context;
        this.deliveries = context.getStateStore(SimulatorTopology.ACTIVE_DELIVERIES_STORE);
        this.steps = context.getStateStore(SimulatorTopology.DELIVERY_STEPS_STORE);
        this.earlyCancellations = new EarlyCancellations(context.getStateStore(SimulatorTopology.CANCELLED_STORE));
        this.driven.clear();
        this.timetable = new Timetable(new TickSlots(settings), clock.millis());
        try (KeyValueIterator<String, Long> iterator = steps.all()) {
            iterator.forEachRemaining(entry -> timetable.add(entry.key));
        }
        reportActive();
        if (timetable.size() > 0) {
            log.info("Task {} resumes {} deliveries from its stores", context.taskId(), timetable.size());
        }
        context.schedule(settings.slotInterval(), PunctuationType.WALL_CLOCK_TIME,
                ignored -> timetable.driveDue(clock.millis(), this::driveSlot));
        context.schedule(EARLY_CANCELLATION_SWEEP, PunctuationType.WALL_CLOCK_TIME,
                ignored -> earlyCancellations.forgetBefore(clock.millis() - EARLY_CANCELLATION_KEPT.toMillis()));
    }

    @Override
    public void process(Record<String, DeliveryEvent> record) {
        switch (record.value()) {
            case DeliveryRequested request -> accept(request);
            case DeliveryCancelled cancelled -> cancel(cancelled);
            default -> throw new IllegalArgumentException("not an event the driver takes: " + record.value().getClass());
        }
    }

    private void accept(DeliveryRequested request) {
        if (deliveries.get(request.deliveryId()) != null) {
            log.info("Delivery {} is already being driven; ignoring the repeated request", request.deliveryId());
            return;
        }
        if (earlyCancellations.take(request.deliveryId())) {
            log.info("Delivery {} was cancelled before its request was read; not driving it", request.deliveryId());
            return;
        }
        ActiveDelivery delivery = ActiveDelivery.accepted(request, settings.metresPerStep());
        deliveries.put(request.deliveryId(), delivery);
        steps.put(request.deliveryId(), 0L);
        driven.put(request.deliveryId(), new Driven(delivery));
        timetable.add(request.deliveryId());
        reportActive();
        log.info("Delivery {} accepted on route {} ({} points)",
                request.deliveryId(), request.routeId(), request.path().size());
    }

    /** The vehicle stops where it last reported (at the start if it never did) and says so. */
    private void cancel(DeliveryCancelled cancelled) {
        String deliveryId = cancelled.deliveryId();
        Long step = steps.get(deliveryId);
        Driven current = step == null ? null : driven.computeIfAbsent(deliveryId, this::load);
        if (current == null) {
            earlyCancellations.remember(deliveryId, clock.millis());
            log.info("Delivery {} cancelled while not driven here (ended, or its request not read yet)", deliveryId);
            return;
        }
        double travelled = Math.max(0, step - 1) * current.delivery().metresPerStep();
        GeoPoint at = current.itinerary().pointAt(travelled);
        long now = clock.millis();
        PositionReported last = PositionReported.cancelledAt(deliveryId, current.delivery().routeId(), step, at,
                Instant.ofEpochMilli(now));
        context.forward(new Record<>(deliveryId, Events.write(Topics.POSITION_REPORTED, deliveryId, last), now));
        metrics.positionEmitted();
        release(deliveryId);
        log.info("Delivery {} cancelled after {} steps; its vehicle stopped", deliveryId, step);
    }

    @Override
    public void close() {
        metrics.activeDeliveriesChanged(-reportedActive);
        reportedActive = 0;
    }

    private void driveSlot(List<String> deliveryIds, long dueMillis) {
        metrics.slotDriven(Duration.ofMillis(Math.max(0, clock.millis() - dueMillis)));
        for (String deliveryId : deliveryIds) {
            drive(deliveryId);
        }
    }

    private void drive(String deliveryId) {
        Long step = steps.get(deliveryId);
        Driven current = step == null ? null : driven.computeIfAbsent(deliveryId, this::load);
        if (current == null) {
            log.warn("Delivery {} has no stored step or route; no longer driving it", deliveryId);
            release(deliveryId);
            return;
        }
        double travelled = step * current.delivery().metresPerStep();
        boolean finished = travelled >= current.itinerary().lengthMetres();
        GeoPoint at = current.itinerary().pointAt(travelled);
        long now = clock.millis();
        PositionReported position = new PositionReported(deliveryId, current.delivery().routeId(), step,
                at.lat(), at.lng(), finished, Instant.ofEpochMilli(now));
        context.forward(new Record<>(deliveryId, Events.write(Topics.POSITION_REPORTED, deliveryId, position), now));
        metrics.positionEmitted();
        if (finished) {
            release(deliveryId);
            log.info("Delivery {} reached the end of route {} after {} steps",
                    deliveryId, current.delivery().routeId(), step);
        } else {
            steps.put(deliveryId, step + 1);
        }
    }

    private Driven load(String deliveryId) {
        ActiveDelivery delivery = deliveries.get(deliveryId);
        return delivery == null ? null : new Driven(delivery);
    }

    private void release(String deliveryId) {
        deliveries.delete(deliveryId);
        steps.delete(deliveryId);
        driven.remove(deliveryId);
        timetable.remove(deliveryId);
        reportActive();
    }

    private void reportActive() {
        int active = timetable.size();
        metrics.activeDeliveriesChanged(active - reportedActive);
        reportedActive = active;
    }
}
