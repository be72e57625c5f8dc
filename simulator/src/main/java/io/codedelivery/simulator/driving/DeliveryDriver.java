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
 * Keeps the deliveries of its task in the state store and, on every tick of the wall clock, moves
 * each one a step along its route and reports where it is. The reported position and the stored
 * step commit together, so a delivery resumes where it stopped after a failover.
 */
final class DeliveryDriver implements Processor<String, DeliveryRequested, String, byte[]> {
    private static final Logger log = LoggerFactory.getLogger(DeliveryDriver.class);

    private final DrivingSettings settings;
    private final Map<String, Itinerary> itineraries = new HashMap<>();
    private ProcessorContext<String, byte[]> context;
    private KeyValueStore<String, ActiveDelivery> deliveries;

    DeliveryDriver(DrivingSettings settings) {
        this.settings = settings;
    }

    @Override
    public void init(ProcessorContext<String, byte[]> context) {
        this.context = context;
        this.deliveries = context.getStateStore(SimulatorTopology.ACTIVE_DELIVERIES_STORE);
        context.schedule(settings.tick(), PunctuationType.WALL_CLOCK_TIME, this::driveAll);
    }

    @Override
    public void process(Record<String, DeliveryRequested> record) {
        DeliveryRequested request = record.value();
        if (deliveries.get(request.deliveryId()) != null) {
            log.info("Delivery {} is already being driven; ignoring the repeated request", request.deliveryId());
            return;
        }
        deliveries.put(request.deliveryId(), ActiveDelivery.accepted(request, settings.metresPerStep()));
        itineraries.put(request.deliveryId(), new Itinerary(request.path()));
        log.info("Delivery {} accepted on route {} ({} points)",
                request.deliveryId(), request.routeId(), request.path().size());
    }

    private void driveAll(long wallClockMillis) {
        for (KeyValue<String, ActiveDelivery> entry : snapshot()) {
            drive(entry.key, entry.value, wallClockMillis);
        }
    }

    private List<KeyValue<String, ActiveDelivery>> snapshot() {
        List<KeyValue<String, ActiveDelivery>> all = new ArrayList<>();
        try (KeyValueIterator<String, ActiveDelivery> iterator = deliveries.all()) {
            iterator.forEachRemaining(all::add);
        }
        return all;
    }

    private void drive(String deliveryId, ActiveDelivery delivery, long wallClockMillis) {
        Itinerary itinerary = itineraries.computeIfAbsent(deliveryId, id -> new Itinerary(delivery.path()));
        double travelled = delivery.nextStep() * delivery.metresPerStep();
        boolean finished = travelled >= itinerary.lengthMetres();
        GeoPoint at = itinerary.pointAt(travelled);
        PositionReported position = new PositionReported(deliveryId, delivery.routeId(), delivery.nextStep(),
                at.lat(), at.lng(), finished, Instant.ofEpochMilli(wallClockMillis));
        context.forward(new Record<>(deliveryId, JsonCodec.encode(position), wallClockMillis));
        if (finished) {
            deliveries.delete(deliveryId);
            itineraries.remove(deliveryId);
            log.info("Delivery {} reached the end of route {} after {} steps",
                    deliveryId, delivery.routeId(), delivery.nextStep());
        } else {
            deliveries.put(deliveryId, delivery.advanced());
        }
    }
}
