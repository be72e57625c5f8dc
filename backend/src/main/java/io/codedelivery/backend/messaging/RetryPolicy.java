package io.codedelivery.backend.messaging;

import java.time.Duration;
import java.util.function.Predicate;

/**
 * How a work consumer retries a record whose handler failed: a failure the predicate calls
 * transient (the database is away) is retried for as long as it lasts; any other is retried
 * {@code maxAttempts} times and then the record is parked. Waits double from {@code firstBackoff}
 * up to {@code maxBackoff}.
 */
public record RetryPolicy(int maxAttempts, Duration firstBackoff, Duration maxBackoff,
        Predicate<RuntimeException> transientFailure) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    Duration backoff(int attempt) {
        long millis = firstBackoff.toMillis() << Math.min(attempt - 1, 20);
        return Duration.ofMillis(Math.min(millis, maxBackoff.toMillis()));
    }

    boolean givesUpAfter(int attempt, RuntimeException failure) {
        return attempt >= maxAttempts && !transientFailure.test(failure);
    }
}
