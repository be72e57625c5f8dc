package io.codedelivery.backend.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import io.codedelivery.contracts.PositionReported;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiveFleetTest {

    private static final Instant T0 = Instant.parse("2026-11-25T14:00:00Z");

    private final LiveFleet fleet = new LiveFleet();
    private final RecordingListener listener = new RecordingListener();

    static PositionReported position(String deliveryId, long seq, boolean finished) {
        return new PositionReported(deliveryId, "broadway", seq, 40.7 + seq * 1e-4, -74.0, finished,
                T0.plusMillis(500 * seq));
    }

    @Test
    void aNewListenerGetsTheLatestPositionOfEachDeliveryInFlight() {
        fleet.apply(List.of(position("a", 0, false), position("a", 1, false), position("b", 0, false)));
        fleet.subscribe(listener);
        assertThat(listener.snapshots).singleElement().satisfies(snapshot -> assertThat(snapshot)
                .containsExactlyInAnyOrder(position("a", 1, false), position("b", 0, false)));
    }

    @Test
    void listenersGetEveryNewPositionInOrder() {
        fleet.subscribe(listener);
        fleet.apply(List.of(position("a", 0, false), position("a", 1, false)));
        fleet.apply(List.of(position("a", 2, true)));
        assertThat(listener.positions()).extracting(PositionReported::seq).containsExactly(0L, 1L, 2L);
    }

    @Test
    void aPositionSeenBeforeIsDropped() {
        fleet.subscribe(listener);
        fleet.apply(List.of(position("a", 0, false), position("a", 1, false)));
        fleet.apply(List.of(position("a", 1, false), position("a", 0, false), position("a", 2, false)));
        assertThat(listener.positions()).extracting(PositionReported::seq).containsExactly(0L, 1L, 2L);
    }

    @Test
    void positionsOfAFinishedDeliveryStopArriving() {
        fleet.subscribe(listener);
        fleet.apply(List.of(position("a", 0, false), position("a", 1, true)));
        fleet.apply(List.of(position("a", 1, true)));
        assertThat(listener.positions()).hasSize(2);
        assertThat(fleet.snapshot()).isEmpty();
    }

    @Test
    void anUnsubscribedListenerHearsNothingMore() {
        fleet.subscribe(listener);
        fleet.unsubscribe(listener);
        fleet.apply(List.of(position("a", 0, false)));
        assertThat(listener.batches).isEmpty();
    }

    @Test
    void deliveriesSilentForTooLongLeaveTheFleet() {
        fleet.apply(List.of(position("old", 0, false), position("new", 20, false)));
        assertThat(fleet.forgetSilentSince(T0.plusSeconds(5))).isEqualTo(1);
        assertThat(fleet.snapshot()).extracting(PositionReported::deliveryId).containsExactly("new");
    }

    static final class RecordingListener implements PositionListener {

        final List<List<PositionReported>> snapshots = new ArrayList<>();
        final List<PositionBatch> batches = new ArrayList<>();

        @Override
        public void onSnapshot(List<PositionReported> latest) {
            snapshots.add(latest);
        }

        @Override
        public void onPositions(PositionBatch batch) {
            batches.add(batch);
        }

        List<PositionReported> positions() {
            return batches.stream().flatMap(b -> b.positions().stream()).toList();
        }
    }
}
