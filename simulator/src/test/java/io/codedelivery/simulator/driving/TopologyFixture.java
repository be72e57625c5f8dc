package io.codedelivery.simulator.driving;

import io.codedelivery.contracts.DeliveryCancelled;
import io.codedelivery.contracts.DeliveryRequested;
import io.codedelivery.contracts.GeoPoint;
import io.codedelivery.contracts.JsonCodec;
import io.codedelivery.contracts.PositionReported;
import io.codedelivery.contracts.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.IntStream;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;

/** The topology under a test driver whose wall clock only moves when a test moves it. */
final class TopologyFixture implements AutoCloseable {
    static final Instant START = Instant.parse("2026-11-25T14:00:00Z");

    final DrivingSettings settings;
    final ManualClock clock = new ManualClock(START);
    final RecordingMetrics metrics = new RecordingMetrics();
    final TopologyTestDriver driver;
    final TestInputTopic<String, byte[]> requests;
    final TestInputTopic<String, byte[]> cancellations;
    final TestOutputTopic<String, byte[]> positions;
    final TestOutputTopic<byte[], byte[]> deadLetters;
    final TestOutputTopic<byte[], byte[]> cancellationDeadLetters;
    private boolean closed;

    TopologyFixture(DrivingSettings settings) {
        this.settings = settings;
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "simulator-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        this.driver = new TopologyTestDriver(SimulatorTopology.build(settings, metrics, clock), props, START);
        this.requests = driver.createInputTopic(Topics.DELIVERY_REQUESTED.name(),
                new StringSerializer(), new ByteArraySerializer());
        this.cancellations = driver.createInputTopic(Topics.DELIVERY_CANCELLED.name(),
                new StringSerializer(), new ByteArraySerializer());
        this.cancellationDeadLetters = driver.createOutputTopic(Topics.DELIVERY_CANCELLED.deadLetterName(),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
        this.positions = driver.createOutputTopic(Topics.POSITION_REPORTED.name(),
                new StringDeserializer(), new ByteArrayDeserializer());
        this.deadLetters = driver.createOutputTopic(Topics.DELIVERY_REQUESTED.deadLetterName(),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    static DeliveryRequested request(String deliveryId, String routeId, GeoPoint... path) {
        return new DeliveryRequested(deliveryId, routeId, List.of(path), START);
    }

    /** A delivery id that falls in the given slot of the tick. */
    String deliveryInSlot(int slot) {
        TickSlots slots = new TickSlots(settings);
        return IntStream.iterate(0, i -> i + 1).mapToObj(i -> "d-" + i)
                .filter(id -> slots.slotOf(id) == slot)
                .findFirst().orElseThrow();
    }

    void send(DeliveryRequested request) {
        requests.pipeInput(request.deliveryId(), JsonCodec.encode(request));
    }

    void cancel(String deliveryId) {
        cancellations.pipeInput(deliveryId, JsonCodec.encode(new DeliveryCancelled(deliveryId, now())));
    }

    /** One tick of the wall clock at once: the driver catches up every slot of the tick in one punctuation. */
    void tick() {
        advance(settings.tick());
    }

    /** One slot of the wall clock: the driver drives the slot that has just come due. */
    void slot() {
        advance(settings.slotInterval());
    }

    void advance(Duration duration) {
        clock.advance(duration);
        driver.advanceWallClockTime(duration);
    }

    Instant now() {
        return clock.instant();
    }

    void ticks(int count) {
        for (int i = 0; i < count; i++) {
            tick();
        }
    }

    /** Ticks until nothing is active any more, at most {@code limit} times. */
    List<PositionReported> driveToTheEnd(int limit) {
        List<PositionReported> all = new ArrayList<>();
        for (int i = 0; i < limit && (i == 0 || store().approximateNumEntries() > 0); i++) {
            tick();
            all.addAll(emitted());
        }
        return all;
    }

    List<PositionReported> emitted() {
        return positions.readValuesToList().stream()
                .map(bytes -> JsonCodec.decode(bytes, PositionReported.class))
                .toList();
    }

    KeyValueStore<String, ActiveDelivery> store() {
        return driver.getKeyValueStore(SimulatorTopology.ACTIVE_DELIVERIES_STORE);
    }

    KeyValueStore<String, Long> steps() {
        return driver.getKeyValueStore(SimulatorTopology.DELIVERY_STEPS_STORE);
    }

    /** Closes the driver, and with it the processors, once however often it is called. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            driver.close();
        }
    }
}
