package io.codedelivery.connect;

import java.util.random.RandomGenerator;

/**
 * Exponential backoff with jitter: before retry n (0, 1, 2, ...) wait between half and all of
 * {@code min(max, initial * 2^n)}, so tasks that failed together do not retry together.
 */
record Backoff(long initialMs, long maxMs) {

    long delayMs(int retry, RandomGenerator random) {
        long cap = ceiling(retry);
        if (cap <= 1) {
            return cap;
        }
        long half = cap / 2;
        return half + random.nextLong(cap - half + 1);
    }

    long ceiling(int retry) {
        if (initialMs <= 0 || maxMs <= 0) {
            return 0;
        }
        int shift = Math.min(retry, 62);
        long doubled = initialMs << shift;
        boolean overflowed = shift > 0 && (doubled >>> shift != initialMs || doubled < 0);
        return overflowed ? maxMs : Math.min(maxMs, doubled);
    }
}
