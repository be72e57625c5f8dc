package io.codedelivery.backend.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TimeRangeTest {

    private static final Instant NOW = Instant.parse("2026-11-26T12:34:56.789123Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @Test
    void withoutParametersItIsTheLastDayUpToNowToTheMillisecond() {
        TimeRange range = TimeRange.of(null, null, CLOCK);

        assertThat(range.to()).isEqualTo(Instant.parse("2026-11-26T12:34:56.789Z"));
        assertThat(range.from()).isEqualTo(Instant.parse("2026-11-25T12:34:56.789Z"));
    }

    @Test
    void aMissingEndIsNowAndAMissingStartIsADayBeforeTheEnd() {
        assertThat(TimeRange.of("2026-11-26T00:00:00Z", null, CLOCK).to()).isEqualTo(Instant.parse("2026-11-26T12:34:56.789Z"));
        assertThat(TimeRange.of(null, "2026-11-20T00:00:00Z", CLOCK).from()).isEqualTo(Instant.parse("2026-11-19T00:00:00Z"));
    }

    @Test
    void instantsWithAnOffsetAreRead() {
        assertThat(TimeRange.of("2026-11-26T10:00:00+01:00", "2026-11-26T10:00:00Z", CLOCK).from())
                .isEqualTo(Instant.parse("2026-11-26T09:00:00Z"));
    }

    @Test
    void somethingThatIsNotAnInstantIsRefusedNamingTheParameter() {
        assertThatThrownBy(() -> TimeRange.of("yesterday", null, CLOCK)).isInstanceOf(InvalidDashboardQueryException.class)
                .hasMessage("from must be an ISO-8601 instant such as 2026-11-26T10:00:00Z, was \"yesterday\"");
        assertThatThrownBy(() -> TimeRange.of(null, "2026-11-26", CLOCK)).isInstanceOf(InvalidDashboardQueryException.class)
                .hasMessageStartingWith("to must be an ISO-8601 instant");
    }

    @Test
    void theStartMustBeBeforeTheEnd() {
        assertThatThrownBy(() -> TimeRange.of("2026-11-26T10:00:00Z", "2026-11-26T10:00:00Z", CLOCK))
                .isInstanceOf(InvalidDashboardQueryException.class)
                .hasMessage("from must be before to, was from=2026-11-26T10:00:00Z to=2026-11-26T10:00:00Z");
        assertThatThrownBy(() -> TimeRange.of("2026-11-27T00:00:00Z", "2026-11-26T00:00:00Z", CLOCK))
                .isInstanceOf(InvalidDashboardQueryException.class);
    }

    @Test
    void aRangeOfAtMostFourHundredDaysIsTaken() {
        Instant end = Instant.parse("2026-11-26T00:00:00Z");

        assertThat(new TimeRange(end.minus(Duration.ofDays(400)), end).span()).isEqualTo(Duration.ofDays(400));
        assertThatThrownBy(() -> new TimeRange(end.minus(Duration.ofDays(400)).minusMillis(1), end))
                .isInstanceOf(InvalidDashboardQueryException.class)
                .hasMessage("from and to may be at most 400 days apart, were 400 days apart");
    }
}
