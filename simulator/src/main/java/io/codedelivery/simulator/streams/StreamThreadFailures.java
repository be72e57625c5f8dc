package io.codedelivery.simulator.streams;

import io.codedelivery.contracts.Reasons;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import org.springframework.stereotype.Component;

/**
 * The stream threads that failed lately. Kafka Streams replaces a failed thread, so a record that
 * keeps killing threads would otherwise look healthy forever; health reads this instead.
 */
@Component
class StreamThreadFailures {

    static final Duration WINDOW = Duration.ofMinutes(5);
    static final int TOLERATED = 2;

    private final Clock clock;
    private final Deque<Instant> failures = new ArrayDeque<>();
    private String lastError;

    StreamThreadFailures() {
        this(Clock.systemUTC());
    }

    StreamThreadFailures(Clock clock) {
        this.clock = clock;
    }

    synchronized void failed(Throwable error) {
        failures.addLast(clock.instant());
        lastError = Reasons.bounded(String.valueOf(error));
    }

    synchronized int recent() {
        Instant since = clock.instant().minus(WINDOW);
        while (!failures.isEmpty() && failures.peekFirst().isBefore(since)) {
            failures.removeFirst();
        }
        return failures.size();
    }

    synchronized String lastError() {
        return lastError;
    }
}
