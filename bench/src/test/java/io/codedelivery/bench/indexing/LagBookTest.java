package io.codedelivery.bench.indexing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LagBookTest {

    private static final long PRODUCED = 1_764_120_000_000L;

    @Test
    void lagIsFirstSeenMinusProducedWithPercentilesOverTheSamples() {
        LagBook book = new LagBook();
        IntStream.rangeClosed(1, 100).forEach(i -> book.sampled(sample("d-" + i, PRODUCED, PRODUCED + 40)));
        IntStream.rangeClosed(1, 100).forEach(i -> book.seen(List.of("d-" + i), PRODUCED + 10L * i));

        LagBook.Summary summary = book.summary();
        assertThat(summary.sampled()).isEqualTo(100);
        assertThat(summary.seen()).isEqualTo(100);
        assertThat(summary.neverSeen()).isZero();
        assertThat(summary.lag().count()).isEqualTo(100);
        assertThat(summary.lag().p50()).isCloseTo(500, within(1.0));
        assertThat(summary.lag().p95()).isCloseTo(950, within(1.0));
        assertThat(summary.lag().p99()).isCloseTo(990, within(1.0));
        assertThat(summary.lag().max()).isCloseTo(1000, within(1.0));
        assertThat(summary.afterCommit().max()).isCloseTo(960, within(1.0));
    }

    @Test
    void samplesStillPendingAtTheEndAreNeverSeenAndTakeNoPartInTheLag() {
        LagBook book = new LagBook();
        book.sampled(sample("a-1", PRODUCED, PRODUCED + 50));
        book.sampled(sample("b-7", PRODUCED, PRODUCED + 50));
        book.sampled(sample("c-3", PRODUCED, PRODUCED + 50));
        book.seen(List.of("b-7"), PRODUCED + 1_200);

        LagBook.Summary summary = book.summary();
        assertThat(summary.sampled()).isEqualTo(3);
        assertThat(summary.seen()).isEqualTo(1);
        assertThat(summary.neverSeen()).isEqualTo(2);
        assertThat(summary.neverSeenExamples()).containsExactly("a-1", "c-3");
        assertThat(summary.lag().count()).isEqualTo(1);
        assertThat(book.pending(10)).containsExactly("a-1", "c-3");
    }

    @Test
    void aSampleIsCountedOnceWhateverIsSeenOrSampledAgain() {
        LagBook book = new LagBook();
        book.sampled(sample("a-1", PRODUCED, PRODUCED + 50));
        book.sampled(sample("a-1", PRODUCED + 500, PRODUCED + 550));
        book.seen(List.of("a-1", "never-sampled-9"), PRODUCED + 300);
        book.seen(List.of("a-1"), PRODUCED + 900);

        LagBook.Summary summary = book.summary();
        assertThat(summary.sampled()).isEqualTo(1);
        assertThat(summary.seen()).isEqualTo(1);
        assertThat(summary.lag().max()).isCloseTo(300, within(1.0));
    }

    @Test
    void pendingIdsComeOldestFirstAndAtMostAsManyAsAsked() {
        LagBook book = new LagBook();
        IntStream.range(0, 5).forEach(i -> book.sampled(sample("d-" + i, PRODUCED + i, PRODUCED + i)));

        assertThat(book.pending(3)).containsExactly("d-0", "d-1", "d-2");
        assertThat(book.pendingCount()).isEqualTo(5);
    }

    @Test
    void aRecordTimestampOtherThanEmittedAtIsCounted() {
        LagBook book = new LagBook();
        book.sampled(new Sample("a-1", PRODUCED, PRODUCED, PRODUCED + 10));
        book.sampled(new Sample("a-2", PRODUCED + 7, PRODUCED, PRODUCED + 10));

        assertThat(book.summary().timestampMismatches()).isEqualTo(1);
    }

    private static Sample sample(String id, long producedMs, long committedMs) {
        return new Sample(id, producedMs, producedMs, committedMs);
    }
}
