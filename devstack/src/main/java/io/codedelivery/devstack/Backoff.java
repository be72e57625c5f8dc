package io.codedelivery.devstack;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/**
 * How long to wait before each attempt to start a part again: the first delay, doubled after every
 * attempt up to the cap, and back to the first delay once the part has stayed ready long enough.
 * Used by one thread only.
 */
final class Backoff {

    /** The delays of a backoff, and how long a part must stay ready for them to start over. */
    record Policy(Duration first, Duration max, Duration stableAfter) {

        static final Policy DEFAULT = new Policy(Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofMinutes(1));

        Policy {
            if (!first.isPositive() || max.compareTo(first) < 0) {
                throw new IllegalArgumentException("backoff needs 0 < first <= max, was " + first + " and " + max);
            }
        }
    }

    private final Policy policy;
    private final InstantSource clock;
    private Duration next;
    private Instant readySince;

    Backoff(Policy policy, InstantSource clock) {
        this.policy = policy;
        this.clock = clock;
        this.next = policy.first();
    }

    /** The delay before the next attempt; each call doubles the one after, up to the cap. */
    Duration nextDelay() {
        if (readySince != null && Duration.between(readySince, clock.instant()).compareTo(policy.stableAfter()) >= 0) {
            next = policy.first();
        }
        readySince = null;
        Duration delay = next;
        Duration doubled = delay.multipliedBy(2);
        next = doubled.compareTo(policy.max()) > 0 ? policy.max() : doubled;
        return delay;
    }

    /** The part is ready again: if it stays so for {@code stableAfter}, the next delay is the first again. */
    void ready() {
        readySince = clock.instant();
    }
}
