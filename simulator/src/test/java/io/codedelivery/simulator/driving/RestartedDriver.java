package io.codedelivery.simulator.driving;

import io.codedelivery.contracts.JsonCodec;
import io.codedelivery.contracts.PositionReported;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.Punctuator;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.test.TestRecord;

/**
 * A driver started afresh, as on a restart or on another instance after a failover: its stores are
 * restored from the changelog records another driver wrote before it is initialised.
 */
final class RestartedDriver {
    final ManualClock clock;
    final RecordingMetrics metrics = new RecordingMetrics();
    private final MockProcessorContext<String, byte[]> context = new MockProcessorContext<>();
    private final Punctuator punctuator;

    RestartedDriver(DrivingSettings settings, Instant startedAt,
            List<TestRecord<String, ActiveDelivery>> deliveriesChangelog, List<TestRecord<String, Long>> stepsChangelog) {
        this.clock = new ManualClock(startedAt);
        restore(store(SimulatorTopology.ACTIVE_DELIVERIES_STORE, ActiveDeliverySerde.create()), deliveriesChangelog);
        restore(store(SimulatorTopology.DELIVERY_STEPS_STORE, Serdes.Long()), stepsChangelog);
        new DeliveryDriver(settings, metrics, clock).init(context);
        this.punctuator = context.scheduledPunctuators().getFirst().getPunctuator();
    }

    /** Moves the wall clock on and punctuates, as a stream thread does. */
    void advance(Duration duration) {
        clock.advance(duration);
        punctuator.punctuate(clock.millis());
    }

    List<PositionReported> emitted() {
        List<PositionReported> emitted = context.forwarded().stream()
                .map(forward -> JsonCodec.decode((byte[]) forward.record().value(), PositionReported.class))
                .toList();
        context.resetForwards();
        return emitted;
    }

    private <V> KeyValueStore<String, V> store(String name, Serde<V> valueSerde) {
        KeyValueStore<String, V> store = Stores.keyValueStoreBuilder(
                        Stores.inMemoryKeyValueStore(name), Serdes.String(), valueSerde)
                .withLoggingDisabled()
                .build();
        store.init(context.getStateStoreContext(), store);
        context.addStateStore(store);
        return store;
    }

    private static <V> void restore(KeyValueStore<String, V> store, List<TestRecord<String, V>> changelog) {
        for (TestRecord<String, V> record : changelog) {
            if (record.value() == null) {
                store.delete(record.key());
            } else {
                store.put(record.key(), record.value());
            }
        }
    }
}
