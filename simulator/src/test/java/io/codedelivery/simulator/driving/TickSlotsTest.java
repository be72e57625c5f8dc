package io.codedelivery.simulator.driving;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class TickSlotsTest {

    @Test
    void eachSlotComesRoundOncePerTickAtTheSamePhase() {
        TickSlots slots = new TickSlots(500, 10);
        long start = slots.instantAt(1_795_000_000_000L);

        assertThat(LongStream.range(start, start + 20).map(slots::dueMillis).map(due -> due % 500))
                .containsExactly(0L, 50L, 100L, 150L, 200L, 250L, 300L, 350L, 400L, 450L,
                        0L, 50L, 100L, 150L, 200L, 250L, 300L, 350L, 400L, 450L);
        assertThat(LongStream.range(start, start + 20).mapToObj(slots::slotOfInstant))
                .containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    }

    @Test
    void slotsThatDoNotDivideTheTickEvenlyStillComeRoundOnceEach() {
        TickSlots slots = new TickSlots(500, 3);
        long start = slots.instantAt(1_795_000_000_000L);

        assertThat(LongStream.rangeClosed(start, start + 3).map(slots::dueMillis).map(due -> due - 1_795_000_000_000L))
                .containsExactly(0L, 167L, 334L, 500L);
        LongStream.range(start, start + 1_000).forEach(instant ->
                assertThat(slots.instantAt(slots.dueMillis(instant))).isEqualTo(instant));
    }

    @Test
    void aDeliverysSlotFollowsFromItsIdAloneSoItSurvivesRestartsAndFailovers() {
        // pinned: a change to the slot function would move running deliveries to another phase
        assertThat(new TickSlots(500, 10).slotOf("d-0b7e2f4a")).isEqualTo(9);
        assertThat(new TickSlots(1_000, 10).slotOf("d-0b7e2f4a")).isEqualTo(9);
    }

    @Test
    void deliveriesSpreadEvenlyOverTheSlots() {
        TickSlots slots = new TickSlots(500, 10);
        int[] perSlot = new int[10];

        IntStream.range(0, 10_000).mapToObj(i -> "d-" + i).forEach(id -> perSlot[slots.slotOf(id)]++);

        assertThat(Arrays.stream(perSlot)).allSatisfy(count -> assertThat(count).isBetween(900, 1_100));
    }
}
