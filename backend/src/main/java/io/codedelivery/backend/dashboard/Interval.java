package io.codedelivery.backend.dashboard;

import java.time.Duration;
import java.util.List;

/**
 * The width of a dashboard's time buckets, as the engines' {@code fixed_interval} writes it. The
 * smallest of {@link #CHOICES} that cuts a range into at most {@link #MAX_BUCKETS} buckets is used;
 * a range too long for that even at a day gets one bucket a day.
 */
record Interval(String label, Duration length) {

    static final int MAX_BUCKETS = 60;
    static final List<Interval> CHOICES = List.of(
            new Interval("1m", Duration.ofMinutes(1)), new Interval("5m", Duration.ofMinutes(5)),
            new Interval("15m", Duration.ofMinutes(15)), new Interval("30m", Duration.ofMinutes(30)),
            new Interval("1h", Duration.ofHours(1)), new Interval("3h", Duration.ofHours(3)),
            new Interval("6h", Duration.ofHours(6)), new Interval("12h", Duration.ofHours(12)),
            new Interval("1d", Duration.ofDays(1)));

    static Interval forRange(TimeRange range) {
        for (Interval interval : CHOICES) {
            if (interval.bucketsIn(range) <= MAX_BUCKETS) {
                return interval;
            }
        }
        return CHOICES.getLast();
    }

    /** Buckets aligned to this interval (from the epoch, in UTC, as the engines align them) that cover the range. */
    long bucketsIn(TimeRange range) {
        long width = length.toMillis();
        long first = Math.floorDiv(range.from().toEpochMilli(), width);
        long last = Math.floorDiv(range.to().toEpochMilli() - 1, width);
        return last - first + 1;
    }
}
