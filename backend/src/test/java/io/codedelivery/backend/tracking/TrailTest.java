package io.codedelivery.backend.tracking;

import static io.codedelivery.backend.tracking.LiveBatches.NOW;
import static io.codedelivery.backend.tracking.LiveBatches.position;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.codedelivery.contracts.PositionReported;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrailTest {

    @Test
    void aShortTrailKeepsEveryPositionInOrder() {
        Trail trail = new Trail(8);
        for (long seq = 0; seq < 5; seq++) {
            trail.add(at(seq));
        }
        assertThat(seqs(trail.copy())).containsExactly(0L, 1L, 2L, 3L, 4L);
        assertThat(trail.copy().latest().seq()).isEqualTo(4);
    }

    @Test
    void aLongTrailIsThinnedEvenlyKeepingItsFirstAndLatestWithinItsCapacity() {
        Trail trail = new Trail(16);
        for (long seq = 0; seq <= 1000; seq++) {
            trail.add(at(seq));
            TrailPoints copy = trail.copy();
            List<Long> seqs = seqs(copy);
            assertThat(copy.size()).isLessThanOrEqualTo(16);
            assertThat(seqs.getFirst()).isZero();
            assertThat(seqs.getLast()).isEqualTo(seq);
            assertThat(seqs).isSorted().doesNotHaveDuplicates();
        }
        List<Long> seqs = seqs(trail.copy());
        assertThat(seqs.size()).isGreaterThanOrEqualTo(8);
        // evenly: every gap but the one to the latest is the same stride
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < seqs.size() - 1; i++) {
            gaps.add(seqs.get(i) - seqs.get(i - 1));
        }
        assertThat(gaps).containsOnly(gaps.getFirst());
    }

    @Test
    void aTrailOfTwoPointsIsItsFirstAndItsLatest() {
        Trail trail = new Trail(2);
        for (long seq = 0; seq <= 100; seq++) {
            trail.add(at(seq));
        }
        assertThat(seqs(trail.copy())).containsExactly(0L, 100L);
        assertThatIllegalArgumentException().isThrownBy(() -> new Trail(1));
    }

    @Test
    void pointsAreRoundedToFiveDecimals() {
        Trail trail = new Trail(4);
        trail.add(new PositionReported("d1", "broadway", 0, 40.733014999, -73.995596, false, NOW));
        TrailPoints copy = trail.copy();
        assertThat(copy.scaledLat(0)).isEqualTo(4_073_301);
        assertThat(copy.scaledLng(0)).isEqualTo(-7_399_560);
    }

    @Test
    void thinningACopyToABudgetKeepsItsFirstAndLast() {
        Trail trail = new Trail(128);
        for (long seq = 0; seq < 100; seq++) {
            trail.add(at(seq));
        }
        TrailPoints thinned = trail.copy().thinnedTo(5);
        assertThat(seqs(thinned)).containsExactly(0L, 25L, 50L, 74L, 99L);
        assertThat(trail.copy().thinnedTo(500).size()).isEqualTo(100);
    }

    @Test
    void theFleetKeepsATrailPerDeliveryInFlightAndDropsItWhenTheDeliveryEnds() {
        LiveFleet fleet = new LiveFleet(4);
        for (long seq = 0; seq < 10; seq++) {
            fleet.update(position("going", seq));
            fleet.update(position("silent", seq, false, NOW.minusSeconds(600)));
        }
        assertThat(fleet.trail("going").size()).isEqualTo(4);
        assertThat(fleet.trail("going").latest()).isEqualTo(fleet.latest("going"));

        fleet.forgetSilentSince(NOW);
        fleet.finish(position("going", 10, true, NOW));
        assertThat(fleet.trail("silent")).isNull();
        assertThat(fleet.trail("going")).isNull();
    }

    /** The test positions' latitude says their seq: 40.73 - seq * 1e-4. */
    private static PositionReported at(long seq) {
        return position("d1", seq);
    }

    private static List<Long> seqs(TrailPoints points) {
        List<Long> seqs = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            seqs.add(Math.round((4_073_000 - points.scaledLat(i)) / 10.0));
        }
        return seqs;
    }
}
