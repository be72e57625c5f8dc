package io.codedelivery.backend.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IntervalTest {

    private static final Instant MIDNIGHT = Instant.parse("2026-11-26T00:00:00Z");

    @Test
    void theSmallestIntervalGivingAtMostSixtyBucketsIsChosen() {
        assertThat(chosenFor(MIDNIGHT, Duration.ofHours(1))).isEqualTo("1m");
        assertThat(chosenFor(MIDNIGHT, Duration.ofHours(5))).isEqualTo("5m");
        assertThat(chosenFor(MIDNIGHT, Duration.ofHours(6))).isEqualTo("15m");
        assertThat(chosenFor(MIDNIGHT, Duration.ofHours(24))).isEqualTo("30m");
        assertThat(chosenFor(MIDNIGHT, Duration.ofHours(60))).isEqualTo("1h");
        assertThat(chosenFor(MIDNIGHT, Duration.ofDays(7))).isEqualTo("3h");
        assertThat(chosenFor(MIDNIGHT, Duration.ofDays(15))).isEqualTo("6h");
        assertThat(chosenFor(MIDNIGHT, Duration.ofDays(30))).isEqualTo("12h");
        assertThat(chosenFor(MIDNIGHT, Duration.ofDays(60))).isEqualTo("1d");
    }

    @Test
    void aRangeTooLongForSixtyDailyBucketsGetsOneBucketADay() {
        TimeRange range = new TimeRange(MIDNIGHT, MIDNIGHT.plus(Duration.ofDays(400)));

        assertThat(Interval.forRange(range).label()).isEqualTo("1d");
        assertThat(Interval.forRange(range).bucketsIn(range)).isEqualTo(400);
    }

    @Test
    void aRangeThatDoesNotStartOnABoundaryCountsThePartialBucketsAtBothEnds() {
        Instant offBoundary = MIDNIGHT.plusSeconds(30);
        TimeRange hour = new TimeRange(offBoundary, offBoundary.plus(Duration.ofHours(1)));

        assertThat(new Interval("1m", Duration.ofMinutes(1)).bucketsIn(hour)).isEqualTo(61);
        assertThat(Interval.forRange(hour).label()).as("61 one-minute buckets are too many").isEqualTo("5m");
    }

    @Test
    void aMinuteLongRangeIsOneBucket() {
        assertThat(chosenFor(MIDNIGHT, Duration.ofMinutes(1))).isEqualTo("1m");
        assertThat(Interval.forRange(new TimeRange(MIDNIGHT, MIDNIGHT.plusSeconds(60))).bucketsIn(
                new TimeRange(MIDNIGHT, MIDNIGHT.plusSeconds(60)))).isEqualTo(1);
    }

    private static String chosenFor(Instant from, Duration span) {
        return Interval.forRange(new TimeRange(from, from.plus(span))).label();
    }
}
