package io.codedelivery.simulator.driving;

import static io.codedelivery.simulator.driving.TopologyFixture.START;
import static io.codedelivery.simulator.driving.TopologyFixture.request;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;
import static org.assertj.core.api.Assertions.assertThat;

import io.codedelivery.contracts.GeoPoint;
import io.codedelivery.contracts.PositionReported;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each delivery is driven once per tick at its own slot, however the wall clock's punctuations come. */
class SlottedDrivingTest {
    // 500 ms ticks in 10 slots of 50 ms; START is on a tick boundary, so slot s is due at START + s x 50 ms (+ n ticks)
    private static final DrivingSettings SETTINGS = new DrivingSettings(Duration.ofMillis(500), 10.0, 10);
    private static final GeoPoint FROM = new GeoPoint(40.0, -73.0);
    private static final GeoPoint TO = new GeoPoint(40.01, -73.0);

    private final TopologyFixture fixture = new TopologyFixture(SETTINGS);

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void deliveriesInDifferentSlotsReportAtDifferentPhasesOfTheTick() {
        String early = send(fixture.deliveryInSlot(2));
        String late = send(fixture.deliveryInSlot(7));
        List<PositionReported> emitted = new ArrayList<>();

        for (int slot = 0; slot < 20; slot++) {
            fixture.slot();
            emitted.addAll(fixture.emitted());
        }

        Map<String, List<Duration>> phases = emitted.stream().collect(groupingBy(PositionReported::deliveryId,
                mapping(p -> Duration.between(START, p.emittedAt()), toList())));
        assertThat(phases.get(early)).containsExactly(Duration.ofMillis(100), Duration.ofMillis(600));
        assertThat(phases.get(late)).containsExactly(Duration.ofMillis(350), Duration.ofMillis(850));
    }

    @Test
    void punctuationsAtIrregularIntervalsNeitherSkipNorRepeatASlot() {
        List<String> oneInEachSlot = IntStream.range(0, 10).mapToObj(fixture::deliveryInSlot).map(this::send).toList();
        List<PositionReported> emitted = new ArrayList<>();

        for (long millis : new long[] {20, 70, 130, 5, 45, 260, 500, 1, 49, 620, 300, 500}) {
            fixture.advance(Duration.ofMillis(millis));
            emitted.addAll(fixture.emitted());
        }

        assertThat(fixture.now()).isEqualTo(START.plus(SETTINGS.tick().multipliedBy(5)));
        Map<String, List<Long>> seqs = seqsByDelivery(emitted);
        assertThat(seqs).containsOnlyKeys(oneInEachSlot)
                .allSatisfy((id, seq) -> assertThat(seq).as(id).containsExactly(0L, 1L, 2L, 3L, 4L));
    }

    @Test
    void aWallClockJumpOfSeveralTicksCatchesUpOnePositionPerMissedTickInOrder() {
        List<String> deliveries = List.of(send(fixture.deliveryInSlot(0)), send(fixture.deliveryInSlot(4)),
                send(fixture.deliveryInSlot(9)));
        fixture.tick();
        assertThat(fixture.emitted()).extracting(PositionReported::seq).containsOnly(0L);

        fixture.advance(SETTINGS.tick().multipliedBy(4));

        List<PositionReported> caughtUp = fixture.emitted();
        assertThat(seqsByDelivery(caughtUp)).containsOnlyKeys(deliveries)
                .allSatisfy((id, seq) -> assertThat(seq).as(id).containsExactly(1L, 2L, 3L, 4L));
        assertThat(caughtUp).extracting(PositionReported::emittedAt).containsOnly(fixture.now());
    }

    @Test
    void aDeliveryAcceptedMidTickFirstReportsAtItsOwnSlot() {
        fixture.advance(Duration.ofMillis(420));
        String delivery = send(fixture.deliveryInSlot(3));

        fixture.tick();

        assertThat(fixture.emitted()).singleElement().satisfies(p -> {
            assertThat(p.deliveryId()).isEqualTo(delivery);
            assertThat(p.seq()).isZero();
        });
        fixture.advance(Duration.ofMillis(230));
        assertThat(fixture.emitted()).extracting(PositionReported::seq).containsExactly(1L);
    }

    @Test
    void metricsCountEmittedPositionsAndTheDeliveriesBeingDriven() {
        send(fixture.deliveryInSlot(1));
        send(fixture.deliveryInSlot(5));
        fixture.ticks(3);

        assertThat(fixture.metrics.positions).isEqualTo(6);
        assertThat(fixture.metrics.active).isEqualTo(2);
    }

    @Test
    void metricsReportHowLateEachSlotWasDriven() {
        send(fixture.deliveryInSlot(3));
        for (int slot = 0; slot < 10; slot++) {
            fixture.slot();
        }
        assertThat(fixture.metrics.slotLags).containsExactly(Duration.ZERO);

        fixture.advance(Duration.ofMillis(1_500));

        // slot 3 was due at +650, +1150 and +1650 ms and driven at +2000 ms
        assertThat(fixture.metrics.slotLags).containsExactly(Duration.ZERO,
                Duration.ofMillis(1_350), Duration.ofMillis(850), Duration.ofMillis(350));
        assertThat(fixture.metrics.maxLag()).isEqualTo(Duration.ofMillis(1_350));
    }

    private String send(String deliveryId) {
        fixture.send(request(deliveryId, "north", FROM, TO));
        return deliveryId;
    }

    private static Map<String, List<Long>> seqsByDelivery(List<PositionReported> positions) {
        return positions.stream().collect(groupingBy(PositionReported::deliveryId, mapping(PositionReported::seq, toList())));
    }
}
