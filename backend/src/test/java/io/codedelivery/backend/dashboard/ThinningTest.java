package io.codedelivery.backend.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ThinningTest {

    @Test
    void aShortTrailIsKeptWhole() {
        List<Integer> trail = IntStream.range(0, 500).boxed().toList();

        assertThat(Thinning.evenly(trail, 500)).isEqualTo(trail);
        assertThat(Thinning.evenly(List.of(), 500)).isEmpty();
    }

    @Test
    void aLongTrailKeepsItsFirstAndLastAndPointsSpreadEvenlyBetween() {
        List<Integer> trail = IntStream.range(0, 1200).boxed().toList();

        List<Integer> kept = Thinning.evenly(trail, 500);

        assertThat(kept).hasSize(500).startsWith(0).endsWith(1199).isSorted().doesNotHaveDuplicates();
        IntStream.range(1, kept.size()).forEach(i -> assertThat(kept.get(i) - kept.get(i - 1)).isBetween(2, 3));
    }

    @Test
    void oneMoreThanTheLimitDropsOnePointInTheMiddle() {
        List<Integer> trail = IntStream.range(0, 501).boxed().toList();

        List<Integer> kept = Thinning.evenly(trail, 500);

        assertThat(kept).hasSize(500).startsWith(0).endsWith(500).doesNotHaveDuplicates();
    }

    @Test
    void twoIsTheLeastThatKeepsBothEnds() {
        assertThat(Thinning.evenly(List.of(1, 2, 3, 4), 2)).containsExactly(1, 4);
        assertThatThrownBy(() -> Thinning.evenly(List.of(1, 2, 3), 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
