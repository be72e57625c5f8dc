package io.codedelivery.backend.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The {@code [from, to)} a dashboard looks at, from the {@code from} and {@code to} query
 * parameters: ISO-8601 instants, to the millisecond (the engines keep no finer). Either may be left
 * out: {@code to} is then now and {@code from} a day before {@code to}.
 */
record TimeRange(Instant from, Instant to) {

    static final Duration DEFAULT_SPAN = Duration.ofHours(24);
    static final Duration MAX_SPAN = Duration.ofDays(400);

    TimeRange {
        if (!from.isBefore(to)) {
            throw new InvalidDashboardQueryException("from must be before to, was from=" + from + " to=" + to);
        }
        if (Duration.between(from, to).compareTo(MAX_SPAN) > 0) {
            throw new InvalidDashboardQueryException("from and to may be at most 400 days apart, were "
                    + Duration.between(from, to).toDays() + " days apart");
        }
    }

    static TimeRange of(String from, String to, Clock clock) {
        Instant end = to == null ? clock.instant().truncatedTo(ChronoUnit.MILLIS) : instant("to", to);
        Instant start = from == null ? end.minus(DEFAULT_SPAN) : instant("from", from);
        return new TimeRange(start, end);
    }

    Duration span() {
        return Duration.between(from, to);
    }

    private static Instant instant(String name, String text) {
        try {
            return Instant.parse(text.trim()).truncatedTo(ChronoUnit.MILLIS);
        } catch (DateTimeParseException e) {
            throw new InvalidDashboardQueryException(name + " must be an ISO-8601 instant such as 2026-11-26T10:00:00Z, was "
                    + QueryParameters.shown(text));
        }
    }
}
