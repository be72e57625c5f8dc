package io.codedelivery.simulator.driving;

import io.codedelivery.contracts.DeliveryRequested;
import io.codedelivery.contracts.GeoPoint;
import io.codedelivery.contracts.JsonCodec;
import io.codedelivery.contracts.PositionReported;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the deliveries of its task in the state stores and, on every tick of the wall clock, moves
 * each one a step along its route and reports where it is. The reported position and the stored
 * step commit together, so a delivery resumes where it stopped after a failover.
 */
final class DeliveryDriver implements Processor<String, DeliveryRequested, String, byte[]> {
    private static final Logger log = LoggerFactory.getLogger(DeliveryDriver.class);

    private final DrivingSettings settings;
    private final Map<String, Driven> driven = new HashMap<>();
    private ProcessorContext<String, byte[]> context;
    private KeyValueStore<String, ActiveDelivery> deliveries;
    private KeyValueStore<String, Long> steps;

    /** A delivery with its itinerary, kept in memory so a tick reads neither the route nor its geometry. */
    private record Driven(ActiveDelivery delivery, Itinerary itinerary) {

        Driven(ActiveDelivery delivery) {
            this(delivery, new Itinerary(delivery.path()));
        }
    }

    DeliveryDriver(DrivingSettings settings) {
        this.settings = settings;
    }

    @Override
    public void init(ProcessorContext<String, byte[]> context) {
        this.context = context;
        this.deliveries = context.getStateStore(SimulatorTopology.ACTIVE_DELIVERIES_STORE);
        this.steps = context.getStateStore(SimulatorTopology.DELIVERY_STEPS_STORE);
        context.schedule(settings.tick(), PunctuationType.WALL_CLOCK_TIME, this::driveAll);
    }

    @Override
    public void process(Record<String, DeliveryRequested> record) {
        DeliveryRequested request = record.value();
        if (deliveries.get(request.deliveryId()) != null) {
            log.info("Delivery {} is already being driven; ignoring the repeated request", request.deliveryId());
            return;
        }
        ActiveDelivery delivery = ActiveDelivery.accepted(request, settings.metresPerStep());
        deliveries.put(request.deliveryId(), delivery);
        steps.put(request.deliveryId(), 0L);
        driven.put(request.deliveryId(), new Driven(delivery));
        log.info("Delivery {} accepted on route {} ({} points)",
                request.deliveryId(), request.routeId(), request.path().size());
    }

    private void driveAll(long wallClockMillis) {
        for (KeyValue<String, Long> entry : currentSteps()) {
            drive(entry.key, entry.value, wallClockMillis);
        }
    }

    private List<KeyValue<String, Long>> currentSteps() {
        List<KeyValue<String, Long>> all = new ArrayList<>();
        try (KeyValueIterator<String, Long> iterator = steps.all()) {
            iterator.forEachRemaining(all::add);
        }
        return all;
    }

    private void drive(String deliveryId, long step, long wallClockMillis) {
        Driven current = driven.computeIfAbsent(deliveryId, id -> new Driven(deliveries.get(id)));
        double travelled = step * current.delivery().metresPerStep();
        boolean finished = travelled >= current.itinerary().lengthMetres();
        GeoPoint at = current.itinerary().pointAt(travelled);
        PositionReported position = new PositionReported(deliveryId, current.delivery().routeId(), step,
                at.lat(), at.lng(), finished, Instant.ofEpochMilli(wallClockMillis));
        context.forward(new Record<>(deliveryId, JsonCodec.encode(position), wallClockMillis));
        if (finished) {
            deliveries.delete(deliveryId);
            steps.delete(deliveryId);
            driven.remove(deliveryId);
            log.info("Delivery {} reached the end of route {} after {} steps",
                    deliveryId, current.delivery().routeId(), step);
        } else {
            steps.put(deliveryId, step + 1);
        }
    }
}
