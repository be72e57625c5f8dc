package io.codedelivery.simulator.driving;

import static io.codedelivery.simulator.driving.TopologyFixture.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.codedelivery.contracts.DeadLetter;
import io.codedelivery.contracts.GeoPoint;
import io.codedelivery.contracts.PositionReported;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CancellationTest {
    private static final DrivingSettings FIVE_METRES_A_STEP = new DrivingSettings(Duration.ofMillis(500), 10.0, 10);
    private static final GeoPoint NORTH_START = new GeoPoint(40.0, -73.0);
    private static final GeoPoint NORTH_END = new GeoPoint(40.001, -73.0);

    private final TopologyFixture fixture = new TopologyFixture(FIVE_METRES_A_STEP);

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aCancelledDeliveryReportsOneLastPositionWhereItStoodAndIsDrivenNoFurther() {
        fixture.send(request("d-1", "north", NORTH_START, NORTH_END));
        fixture.ticks(5);
        List<PositionReported> driven = fixture.emitted();

        fixture.cancel("d-1");
        List<PositionReported> last = fixture.emitted();
        fixture.ticks(10);

        assertThat(driven).extracting(PositionReported::seq).containsExactly(0L, 1L, 2L, 3L, 4L);
        assertThat(last).singleElement().satisfies(position -> {
            assertThat(position.seq()).isEqualTo(5);
            assertThat(position.finished()).isTrue();
            assertThat(position.cancelled()).isTrue();
            assertThat(position.point()).isEqualTo(driven.getLast().point());
        });
        assertThat(fixture.emitted()).isEmpty();
        assertThat(fixture.store().get("d-1")).isNull();
        assertThat(fixture.steps().get("d-1")).isNull();
        assertThat(fixture.metrics.active).isZero();
    }

    @Test
    void aDeliveryCancelledBeforeItsFirstStepStopsAtTheStartWithSeqZero() {
        fixture.send(request("d-1", "north", NORTH_START, NORTH_END));

        fixture.cancel("d-1");

        assertThat(fixture.emitted()).singleElement().satisfies(position -> {
            assertThat(position.seq()).isZero();
            assertThat(position.cancelled()).isTrue();
            assertThat(position.point()).isEqualTo(NORTH_START);
        });
    }

    @Test
    void aCancellationReadBeforeItsRequestKeepsTheDeliveryFromBeingDriven() {
        fixture.cancel("d-1");
        fixture.send(request("d-1", "north", NORTH_START, NORTH_END));
        fixture.send(request("d-2", "north", NORTH_START, NORTH_END));
        fixture.ticks(3);

        assertThat(fixture.emitted()).extracting(PositionReported::deliveryId).containsOnly("d-2");
        assertThat(fixture.store().get("d-1")).isNull();
    }

    @Test
    void aCancellationOfADeliveryThatEndedIsForgottenAfterADay() {
        fixture.send(request("d-1", "north", NORTH_START, NORTH_END));
        List<PositionReported> all = fixture.driveToTheEnd(100);
        fixture.cancel("d-1");

        assertThat(all).extracting(PositionReported::seq)
                .containsExactlyElementsOf(LongStream.range(0, all.size()).boxed().toList());
        assertThat(fixture.emitted()).isEmpty();
        assertThat(fixture.driver.<String, Long>getKeyValueStore(SimulatorTopology.CANCELLED_STORE).get("d-1")).isNotNull();

        fixture.advance(Duration.ofDays(1).plusMinutes(10));

        assertThat(fixture.driver.<String, Long>getKeyValueStore(SimulatorTopology.CANCELLED_STORE).get("d-1")).isNull();
    }

    @Test
    void anUnreadableCancellationIsParkedAndDrivingGoesOn() {
        fixture.send(request("d-1", "north", NORTH_START, NORTH_END));
        fixture.cancellations.pipeInput("d-1", "{not json".getBytes(StandardCharsets.UTF_8));
        fixture.ticks(2);

        var parked = fixture.cancellationDeadLetters.readRecordsToList();
        assertThat(parked).singleElement().satisfies(record -> {
            assertThat(new String(record.value(), StandardCharsets.UTF_8)).isEqualTo("{not json");
            assertThat(new String(record.headers().lastHeader(DeadLetter.REASON_HEADER).value(), StandardCharsets.UTF_8))
                    .startsWith("DeliveryCancelled: ");
        });
        assertThat(fixture.emitted()).extracting(PositionReported::seq).containsExactly(0L, 1L);
    }
}
