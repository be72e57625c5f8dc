package io.codedelivery.backend.messaging;

import io.codedelivery.contracts.Reasons;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What one consumer loop has been doing, written by its thread and read by health checks: when a
 * round last completed, when it last got through records, how far behind it is, its failures.
 */
final class LoopHealth {

    static final int FAILURES_BEFORE_DOWN = 3;

    private final String name;
    private volatile boolean running;
    private volatile Instant lastRoundAt;
    private volatile Instant lastProgressAt;
    private volatile long lag;
    private volatile int consecutiveFailures;
    private volatile int failingAttempts;
    private volatile String lastError;
    private final AtomicLong parked = new AtomicLong();

    LoopHealth(String name, Instant startedAt) {
        this.name = name;
        this.lastRoundAt = startedAt;
        this.lastProgressAt = startedAt;
    }

    String name() {
        return name;
    }

    void running(boolean running) {
        this.running = running;
    }

    boolean isRunning() {
        return running;
    }

    void roundCompleted(Instant at, boolean progressed, long lag) {
        lastRoundAt = at;
        if (progressed || lag == 0) {
            lastProgressAt = at;
        }
        this.lag = lag;
        consecutiveFailures = 0;
    }

    void roundFailed(Throwable error) {
        consecutiveFailures++;
        lastError = Reasons.bounded(error.toString());
    }

    /** A record's handler failed; it will be tried again or parked. */
    void recordFailed(Throwable error) {
        failingAttempts++;
        lastError = Reasons.bounded(error.toString());
    }

    void recordDone() {
        if (failingAttempts != 0) {
            failingAttempts = 0;
        }
    }

    void parked() {
        parked.incrementAndGet();
    }

    /** Why this loop cannot be trusted to keep up, or null when it is healthy. */
    String problem(Instant now, Duration stuckAfter) {
        if (!running) {
            return name + " is not running";
        }
        if (consecutiveFailures >= FAILURES_BEFORE_DOWN) {
            return name + " failed " + consecutiveFailures + " rounds in a row: " + lastError;
        }
        if (failingAttempts >= FAILURES_BEFORE_DOWN) {
            return name + " has failed to handle a record " + failingAttempts + " times in a row: " + lastError;
        }
        if (Duration.between(lastRoundAt, now).compareTo(stuckAfter) > 0) {
            return name + " has not completed a poll for " + Duration.between(lastRoundAt, now).toSeconds() + " s";
        }
        if (lag > 0 && Duration.between(lastProgressAt, now).compareTo(stuckAfter) > 0) {
            return name + " is stuck " + lag + " records behind";
        }
        return null;
    }

    Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("lag", lag);
        details.put("parked", parked.get());
        details.put("consecutiveFailures", consecutiveFailures);
        if (lastError != null) {
            details.put("lastError", lastError);
        }
        return details;
    }
}
