package io.codedelivery.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private Instant now = Instant.parse("2026-11-25T12:00:00Z");
    private final InstantSource clock = () -> now;
    private final Backoff backoff = new Backoff(Backoff.Policy.DEFAULT, clock);

    @Test
    void delaysDoubleFromOneSecondUpToThirtySeconds() {
        assertThat(Stream.generate(backoff::nextDelay).limit(8).map(Duration::toSeconds).toList())
                .containsExactly(1L, 2L, 4L, 8L, 16L, 30L, 30L, 30L);
    }

    @Test
    void aPartThatStayedReadyForAMinuteStartsOverFromTheFirstDelay() {
        List.of(1, 2, 3).forEach(attempt -> backoff.nextDelay());
        backoff.ready();
        now = now.plus(Duration.ofMinutes(1));
        assertThat(backoff.nextDelay()).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.nextDelay()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void aPartThatDiesWithinTheMinuteKeepsGrowingItsDelay() {
        backoff.nextDelay();
        backoff.nextDelay();
        backoff.ready();
        now = now.plus(Duration.ofSeconds(59));
        assertThat(backoff.nextDelay()).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void readinessLongAgoDoesNotCountAfterANewFailedAttempt() {
        backoff.nextDelay();
        backoff.ready();
        backoff.nextDelay(); // died at once: 2 s
        now = now.plus(Duration.ofMinutes(5)); // then failed to get ready for minutes
        assertThat(backoff.nextDelay()).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void aCapBelowTheFirstDelayIsRefused() {
        assertThatThrownBy(() -> new Backoff.Policy(Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
