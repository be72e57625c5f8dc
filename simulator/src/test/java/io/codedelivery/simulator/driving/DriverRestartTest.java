package io.codedelivery.simulator.driving;

import static io.codedelivery.simulator.driving.TopologyFixture.START;
import static io.codedelivery.simulator.driving.TopologyFixture.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.codedelivery.contracts.GeoPoint;
import io.codedelivery.contracts.PositionReported;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.apache.kafka.common.serialization.LongDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** After a restart or failover a delivery resumes from its stores: the next step, at its own phase. */
class DriverRestartTest {
    private static final DrivingSettings SETTINGS = new DrivingSettings(Duration.ofMillis(500), 10.0, 10);
    // about 111.2 m due north: 5 m steps give seq 0..23
    private static final GeoPoint NORTH_START = new GeoPoint(40.0, -73.0);
    private static final GeoPoint NORTH_END = new GeoPoint(40.001, -73.0);
    private static final GeoPoint SHORT_END = new GeoPoint(40.00001, -73.0);
    private static final Instant AN_HOUR_LATER = START.plus(Duration.ofHours(1));

    private final TopologyFixture before = new TopologyFixture(SETTINGS);
    private final TestOutputTopic<String, ActiveDelivery> deliveriesChangelog = before.driver.createOutputTopic(
            changelog(SimulatorTopology.ACTIVE_DELIVERIES_STORE), new StringDeserializer(),
            ActiveDeliverySerde.create().deserializer());
    private final TestOutputTopic<String, Long> stepsChangelog = before.driver.createOutputTopic(
            changelog(SimulatorTopology.DELIVERY_STEPS_STORE), new StringDeserializer(), new LongDeserializer());

    @AfterEach
    void close() {
        before.close();
    }

    @Test
    void aDeliveryResumesAtItsNextStepAndItsOwnPhaseAfterARestart() {
        String delivery = before.deliveryInSlot(6);
        before.send(request(delivery, "north", NORTH_START, NORTH_END));
        before.ticks(3);
        assertThat(before.emitted()).extracting(PositionReported::seq).containsExactly(0L, 1L, 2L);

        RestartedDriver after = restartAt(AN_HOUR_LATER);
        List<PositionReported> resumed = new ArrayList<>();
        for (int slot = 0; slot < 250; slot++) {
            after.advance(SETTINGS.slotInterval());
            resumed.addAll(after.emitted());
        }

        assertThat(resumed).extracting(PositionReported::seq)
                .containsExactlyElementsOf(LongStream.range(3, 24).boxed().toList());
        assertThat(resumed.getFirst().emittedAt()).isEqualTo(AN_HOUR_LATER.plusMillis(300));
        assertThat(resumed.getLast().point()).isEqualTo(NORTH_END);
        assertThat(resumed.getLast().finished()).isTrue();
    }

    @Test
    void aDeliveryThatFinishedBeforeTheRestartIsNotDrivenAgain() {
        before.send(request("d-done", "short", NORTH_START, SHORT_END));
        before.ticks(2);
        assertThat(before.emitted()).extracting(PositionReported::finished).containsExactly(false, true);

        RestartedDriver after = restartAt(AN_HOUR_LATER);
        after.advance(SETTINGS.tick().multipliedBy(3));

        assertThat(after.emitted()).isEmpty();
    }

    @Test
    void theDeliveriesBeingDrivenMoveWithTheTaskToTheRestartedDriver() {
        before.send(request(before.deliveryInSlot(1), "north", NORTH_START, NORTH_END));
        before.send(request(before.deliveryInSlot(8), "north", NORTH_START, NORTH_END));
        before.tick();
        assertThat(before.metrics.active).isEqualTo(2);

        RestartedDriver after = restartAt(AN_HOUR_LATER);
        before.close();

        assertThat(before.metrics.active).isZero();
        assertThat(after.metrics.active).isEqualTo(2);
    }

    private RestartedDriver restartAt(Instant startedAt) {
        List<TestRecord<String, ActiveDelivery>> deliveries = deliveriesChangelog.readRecordsToList();
        List<TestRecord<String, Long>> steps = stepsChangelog.readRecordsToList();
        return new RestartedDriver(SETTINGS, startedAt, deliveries, steps);
    }

    private static String changelog(String store) {
        return "simulator-test-" + store + "-changelog";
    }
}
