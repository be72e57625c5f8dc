package io.codedelivery.bench;

import java.time.Instant;

/** Wall-clock time in microseconds since the epoch: the clock the simulator stamps positions with, finer. */
public final class EpochMicros {

    private EpochMicros() {
    }

    public static long now() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000;
    }
}
