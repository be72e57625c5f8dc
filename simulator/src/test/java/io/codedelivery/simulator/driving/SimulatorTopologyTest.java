package io.codedelivery.simulator.driving;

import static io.codedelivery.simulator.driving.TopologyFixture.START;
import static io.codedelivery.simulator.driving.TopologyFixture.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.codedelivery.contracts.GeoPoint;
import io.codedelivery.contracts.JsonCodec;
import io.codedelivery.contracts.PositionReported;
import java.time.Duration;
import java.util.List;
import java.util.stream.LongStream;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SimulatorTopologyTest {
    private static final DrivingSettings FIVE_METRES_A_STEP = new DrivingSettings(Duration.ofMillis(500), 10.0, 10);
    // about 111.2 m due north: 23 steps of 5 m reach the end, so 24 positions (seq 0..23)
    private static final GeoPoint NORTH_START = new GeoPoint(40.0, -73.0);
    private static final GeoPoint NORTH_END = new GeoPoint(40.001, -73.0);
    private static final int NORTH_POSITIONS = 24;

    private final TopologyFixture fixture = new TopologyFixture(FIVE_METRES_A_STEP);

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aDeliveryReportsEveryStepFromTheRouteStartToTheRouteEnd() {
        fixture.send(request("d-1", "north", NORTH_START, NORTH_END));

        List<PositionReported> positions = fixture.driveToTheEnd(100);

        assertThat(positions).extracting(PositionReported::seq)
                .containsExactlyElementsOf(LongStream.range(0, NORTH_POSITIONS).boxed().toList());
        assertThat(positions.get(0).point()).isEqualTo(NORTH_START);
        assertThat(positions.get(positions.size() - 1).point()).isEqualTo(NORTH_END);
        assertThat(positions).extracting(PositionReported::finished)
                .containsOnlyOnce(true)
                .last().isEqualTo(true);
        assertThat(positions).allSatisfy(p -> assertThat(p.routeId()).isEqualTo("north"));
    }

    @Test
    void consecutivePositionsAreSpeedTimesTickApartAlongAStraightRoute() {
        fixture.send(request("d-1", "north", NORTH_START, NORTH_END));

        List<PositionReported> positions = fixture.driveToTheEnd(100);

        for (int i = 1; i < positions.size() - 1; i++) {
            double metres = positions.get(i - 1).point().metresTo(positions.get(i).point());
            assertThat(metres).as("distance from seq %d to %d", i - 1, i).isCloseTo(5.0, within(1e-6));
        }
        double lastLeg = positions.get(positions.size() - 2).point()
                .metresTo(positions.get(positions.size() - 1).point());
        assertThat(lastLeg).isGreaterThan(0).isLessThanOrEqualTo(5.0);
    }

    @Test
    void positionsAreKeyedByDeliveryAndStampedWithTheWallClockWhenTheyWereProduced() {
        fixture.send(request("d-1", "north", NORTH_START, NORTH_END));
        fixture.ticks(3);

        List<TestRecord<String, byte[]>> records = fixture.positions.readRecordsToList();

        assertThat(records).hasSize(3).allSatisfy(r -> assertThat(r.key()).isEqualTo("d-1"));
        for (int i = 0; i < records.size(); i++) {
            PositionReported position = JsonCodec.decode(
                    records.get(i).value(), PositionReported.class);
            assertThat(position.emittedAt()).isEqualTo(START.plus(FIVE_METRES_A_STEP.tick().multipliedBy(i + 1L)));
            assertThat(records.get(i).getRecordTime()).isEqualTo(position.emittedAt());
        }
    }

    @Test
    void nothingIsEmittedAfterADeliveryFinishes() {
        fixture.send(request("d-1", "north", NORTH_START, NORTH_END));
        fixture.driveToTheEnd(100);

        fixture.ticks(10);

        assertThat(fixture.positions.isEmpty()).isTrue();
        assertThat(fixture.store().get("d-1")).isNull();
    }

    @Test
    void twoDeliveriesOnDifferentRoutesBothAdvanceEveryTick() {
        GeoPoint eastStart = new GeoPoint(-23.55, -46.63);
        GeoPoint eastEnd = new GeoPoint(-23.55, -46.62);
        fixture.send(request("d-1", "north", NORTH_START, NORTH_END));
        fixture.send(request("d-2", "east", eastStart, eastEnd));

        for (long step = 0; step < 5; step++) {
            fixture.tick();
            List<PositionReported> emitted = fixture.emitted();
            long expectedSeq = step;
            assertThat(emitted).extracting(PositionReported::deliveryId).containsExactlyInAnyOrder("d-1", "d-2");
            assertThat(emitted).allSatisfy(p -> assertThat(p.seq()).isEqualTo(expectedSeq));
        }
        assertThat(fixture.steps().get("d-2")).isEqualTo(5L);
    }

    @Test
    void aRouteNeverSeenBeforeIsDriven() {
        GeoPoint a = new GeoPoint(-33.8688, 151.2093);
        GeoPoint b = new GeoPoint(-33.8690, 151.2101);
        GeoPoint c = new GeoPoint(-33.8702, 151.2105);
        fixture.send(request("d-syd", "sydney-" + System.nanoTime(), a, b, c));

        List<PositionReported> positions = fixture.driveToTheEnd(100);

        assertThat(positions).isNotEmpty();
        assertThat(positions.get(0).point()).isEqualTo(a);
        assertThat(positions.get(positions.size() - 1).point()).isEqualTo(c);
        assertThat(positions.get(positions.size() - 1).finished()).isTrue();
    }

    @Test
    void aRepeatedRequestDoesNotRestartTheDelivery() {
        fixture.send(request("d-1", "north", NORTH_START, NORTH_END));
        fixture.ticks(3);
        fixture.emitted();

        fixture.send(request("d-1", "north", NORTH_START, NORTH_END));
        fixture.tick();

        assertThat(fixture.emitted()).extracting(PositionReported::seq).containsExactly(3L);
    }

    @Test
    void anActiveDeliveryIsKeptInTheStoreWithItsNextStep() {
        fixture.send(request("d-1", "north", NORTH_START, NORTH_END));
        fixture.ticks(2);

        ActiveDelivery stored = fixture.store().get("d-1");

        assertThat(stored.routeId()).isEqualTo("north");
        assertThat(stored.path()).containsExactly(NORTH_START, NORTH_END);
        assertThat(fixture.steps().get("d-1")).isEqualTo(2L);
        assertThat(stored.metresPerStep()).isEqualTo(5.0);
    }

    @Test
    void eachTickWritesOnlyTheStepNotTheRoute() {
        var routeChangelog = fixture.driver.createOutputTopic("simulator-test-" + SimulatorTopology.ACTIVE_DELIVERIES_STORE
                + "-changelog", new org.apache.kafka.common.serialization.StringDeserializer(),
                new org.apache.kafka.common.serialization.ByteArrayDeserializer());
        var stepChangelog = fixture.driver.createOutputTopic("simulator-test-" + SimulatorTopology.DELIVERY_STEPS_STORE
                + "-changelog", new org.apache.kafka.common.serialization.StringDeserializer(),
                new org.apache.kafka.common.serialization.LongDeserializer());
        fixture.send(request("d-1", "north", NORTH_START, NORTH_END));
        fixture.ticks(5);

        assertThat(routeChangelog.readKeyValuesToList()).hasSize(1);
        assertThat(stepChangelog.readValuesToList()).containsExactly(0L, 1L, 2L, 3L, 4L, 5L);
    }
}
