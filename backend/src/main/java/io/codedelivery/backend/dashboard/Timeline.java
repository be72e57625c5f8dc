package io.codedelivery.backend.dashboard;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The buckets of a dashboard's time series: every bucket of the chosen interval that overlaps the
 * range, each starting at a multiple of the interval, the first at or before {@code from}.
 */
record Timeline(TimeRange range, Interval interval, List<Instant> starts) {

    static Timeline of(TimeRange range) {
        Interval interval = Interval.forRange(range);
        long width = interval.length().toMillis();
        List<Instant> starts = new ArrayList<>();
        for (long start = Math.floorDiv(range.from().toEpochMilli(), width) * width;
                start < range.to().toEpochMilli(); start += width) {
            starts.add(Instant.ofEpochMilli(start));
        }
        return new Timeline(range, interval, List.copyOf(starts));
    }

    int size() {
        return starts.size();
    }

    /** Where bucket {@code i} starts, within the range: the first bucket may start before {@code from}. */
    Instant startWithin(int i) {
        Instant start = starts.get(i);
        return start.isBefore(range.from()) ? range.from() : start;
    }

    /** Where bucket {@code i} ends (exclusive), within the range: the last bucket may end after {@code to}. */
    Instant endWithin(int i) {
        Instant end = starts.get(i).plus(interval.length());
        return end.isAfter(range.to()) ? range.to() : end;
    }

    Instant lastStart() {
        return starts.getLast();
    }

    /** The counts of an engine's date histogram, keyed by bucket start in epoch milliseconds, one per bucket, zeros included. */
    long[] countsOf(Map<Long, Long> countByStart) {
        long[] counts = new long[size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = countByStart.getOrDefault(starts.get(i).toEpochMilli(), 0L);
        }
        return counts;
    }
}
