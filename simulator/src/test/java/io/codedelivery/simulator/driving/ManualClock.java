package io.codedelivery.simulator.driving;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/** A wall clock that only moves when a test moves it. */
final class ManualClock implements InstantSource {
    private Instant now;

    ManualClock(Instant start) {
        this.now = start;
    }

    @Override
    public Instant instant() {
        return now;
    }

    void advance(Duration duration) {
        now = now.plus(duration);
    }
}
