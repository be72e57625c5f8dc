package io.codedelivery.simulator.driving;

import io.codedelivery.contracts.Topics;
import java.time.InstantSource;
import java.util.Map;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The simulator's Kafka Streams topology, in the order records flow: delivery requests and
 * cancellations in (one task reads the same partition of both topics, so a delivery's request and
 * its cancellation meet in the same driver), dead letters out, the driver with its stores,
 * positions out.
 */
public final class SimulatorTopology {
    /** The state store of deliveries being driven (route and step length), backed by a changelog topic. */
    public static final String ACTIVE_DELIVERIES_STORE = "active-deliveries";

    /** The next step of each delivery being driven, backed by a changelog topic; written every tick. */
    public static final String DELIVERY_STEPS_STORE = "delivery-steps";

    /** Cancellations that came before their delivery's request, kept until it comes (or a day passes). */
    public static final String CANCELLED_STORE = "cancelled-deliveries";

    static final String REQUESTS_SOURCE = "delivery-requests";
    static final String INTAKE = "request-intake";
    static final String DEAD_LETTER_SINK = "dead-letters";
    static final String CANCELLATIONS_SOURCE = "delivery-cancellations";
    static final String CANCELLATION_INTAKE = "cancellation-intake";
    static final String CANCELLATION_DEAD_LETTER_SINK = "cancellation-dead-letters";
    static final String DRIVER = "delivery-driver";
    static final String POSITIONS_SINK = "positions";

    private SimulatorTopology() {
    }

    public static Topology build(DrivingSettings settings, DrivingMetrics metrics) {
        return build(settings, metrics, InstantSource.system());
    }

    static Topology build(DrivingSettings settings, DrivingMetrics metrics, InstantSource clock) {
        Topology topology = new Topology();
        topology.addSource(REQUESTS_SOURCE, new ByteArrayDeserializer(), new ByteArrayDeserializer(),
                Topics.DELIVERY_REQUESTED.name());
        topology.addProcessor(INTAKE, () -> new EventIntake<>(Topics.DELIVERY_REQUESTED, DEAD_LETTER_SINK),
                REQUESTS_SOURCE);
        topology.addSink(DEAD_LETTER_SINK, Topics.DELIVERY_REQUESTED.deadLetterName(),
                new ByteArraySerializer(), new ByteArraySerializer(), INTAKE);
        topology.addSource(CANCELLATIONS_SOURCE, new ByteArrayDeserializer(), new ByteArrayDeserializer(),
                Topics.DELIVERY_CANCELLED.name());
        topology.addProcessor(CANCELLATION_INTAKE,
                () -> new EventIntake<>(Topics.DELIVERY_CANCELLED, CANCELLATION_DEAD_LETTER_SINK), CANCELLATIONS_SOURCE);
        topology.addSink(CANCELLATION_DEAD_LETTER_SINK, Topics.DELIVERY_CANCELLED.deadLetterName(),
                new ByteArraySerializer(), new ByteArraySerializer(), CANCELLATION_INTAKE);
        topology.addProcessor(DRIVER, () -> new DeliveryDriver(settings, metrics, clock), INTAKE, CANCELLATION_INTAKE);
        topology.addStateStore(activeDeliveries(), DRIVER);
        topology.addStateStore(deliverySteps(), DRIVER);
        topology.addStateStore(earlyCancellations(), DRIVER);
        topology.addSink(POSITIONS_SINK, Topics.POSITION_REPORTED.name(),
                new StringSerializer(), new ByteArraySerializer(), DRIVER);
        return topology;
    }

    private static StoreBuilder<KeyValueStore<String, ActiveDelivery>> activeDeliveries() {
        return Stores.keyValueStoreBuilder(
                        Stores.inMemoryKeyValueStore(ACTIVE_DELIVERIES_STORE), Serdes.String(), ActiveDeliverySerde.create())
                .withLoggingEnabled(Map.of())
                .withCachingDisabled();
    }

    private static StoreBuilder<KeyValueStore<String, Long>> earlyCancellations() {
        return Stores.keyValueStoreBuilder(
                        Stores.inMemoryKeyValueStore(CANCELLED_STORE), Serdes.String(), Serdes.Long())
                .withLoggingEnabled(Map.of())
                .withCachingDisabled();
    }

    private static StoreBuilder<KeyValueStore<String, Long>> deliverySteps() {
        return Stores.keyValueStoreBuilder(
                        Stores.inMemoryKeyValueStore(DELIVERY_STEPS_STORE), Serdes.String(), Serdes.Long())
                .withLoggingEnabled(Map.of())
                .withCachingDisabled();
    }
}
