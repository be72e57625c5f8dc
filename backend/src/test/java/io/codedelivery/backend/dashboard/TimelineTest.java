package io.codedelivery.backend.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimelineTest {

    @Test
    void bucketsStartOnMultiplesOfTheIntervalAndCoverTheWholeRange() {
        Timeline timeline = Timeline.of(range("2026-11-26T10:07:00Z", "2026-11-26T13:07:00Z"));

        assertThat(timeline.interval().label()).isEqualTo("5m");
        assertThat(timeline.starts().getFirst()).isEqualTo(Instant.parse("2026-11-26T10:05:00Z"));
        assertThat(timeline.lastStart()).isEqualTo(Instant.parse("2026-11-26T13:05:00Z"));
        assertThat(timeline.size()).isEqualTo(37);
    }

    @Test
    void aRangeEndingOnABoundaryHasNoBucketStartingAtItsEnd() {
        Timeline timeline = Timeline.of(range("2026-11-26T00:00:00Z", "2026-11-27T00:00:00Z"));

        assertThat(timeline.interval().label()).isEqualTo("30m");
        assertThat(timeline.size()).isEqualTo(48);
        assertThat(timeline.lastStart()).isEqualTo(Instant.parse("2026-11-26T23:30:00Z"));
    }

    @Test
    void theBoundsOfABucketWithinTheRangeAreCutToTheRange() {
        Timeline timeline = Timeline.of(range("2026-11-26T10:07:00Z", "2026-11-26T13:07:00Z"));

        assertThat(timeline.startWithin(0)).isEqualTo(Instant.parse("2026-11-26T10:07:00Z"));
        assertThat(timeline.endWithin(0)).isEqualTo(Instant.parse("2026-11-26T10:10:00Z"));
        assertThat(timeline.startWithin(1)).isEqualTo(Instant.parse("2026-11-26T10:10:00Z"));
        assertThat(timeline.endWithin(36)).isEqualTo(Instant.parse("2026-11-26T13:07:00Z"));
    }

    @Test
    void everyBucketHasACountAndThoseTheEngineLeftOutAreZero() {
        Timeline timeline = Timeline.of(range("2026-11-26T00:00:00Z", "2026-11-26T01:00:00Z"));
        long second = Instant.parse("2026-11-26T00:01:00Z").toEpochMilli();
        long outside = Instant.parse("2026-11-26T05:00:00Z").toEpochMilli();

        long[] counts = timeline.countsOf(Map.of(second, 4L, outside, 9L));

        assertThat(counts).hasSize(60);
        assertThat(counts[1]).isEqualTo(4);
        assertThat(java.util.Arrays.stream(counts).sum()).isEqualTo(4);
    }

    private static TimeRange range(String from, String to) {
        return new TimeRange(Instant.parse(from), Instant.parse(to));
    }
}
