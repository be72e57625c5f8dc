package io.codedelivery.backend.web;

import java.util.concurrent.ConcurrentHashMap;

/**
 * One token bucket per key (a client, a device): {@code burst} requests at once, refilled at
 * {@code perSecond}. Full buckets are forgotten when there are more than {@code maxKeys}, so
 * memory stays bounded whatever the number of clients; a forgotten bucket was full anyway.
 */
final class TokenBuckets {

    private static final class Bucket {
        private double tokens;
        private long refilledAt;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.refilledAt = now;
        }
    }

    private final double perSecond;
    private final double burst;
    private final int maxKeys;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    TokenBuckets(double perSecond, double burst, int maxKeys) {
        if (perSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("a rate limit needs a rate above 0 and a burst of at least 1, was "
                    + perSecond + "/s, burst " + burst);
        }
        this.perSecond = perSecond;
        this.burst = burst;
        this.maxKeys = maxKeys;
    }

    /** 0 when the key may go on (and a token is taken), else the nanoseconds until it may. */
    long take(String key, long nowNanos) {
        if (buckets.size() > maxKeys) {
            forgetFull(nowNanos);
        }
        long[] wait = new long[1];
        buckets.compute(key, (k, bucket) -> {
            Bucket current = bucket == null ? new Bucket(burst, nowNanos) : bucket;
            refill(current, nowNanos);
            if (current.tokens >= 1) {
                current.tokens -= 1;
            } else {
                wait[0] = (long) Math.ceil((1 - current.tokens) / perSecond * 1e9);
            }
            return current;
        });
        return wait[0];
    }

    int size() {
        return buckets.size();
    }

    private void refill(Bucket bucket, long nowNanos) {
        double elapsed = Math.max(0, nowNanos - bucket.refilledAt) / 1e9;
        bucket.tokens = Math.min(burst, bucket.tokens + elapsed * perSecond);
        bucket.refilledAt = nowNanos;
    }

    private void forgetFull(long nowNanos) {
        buckets.forEach((key, bucket) -> buckets.computeIfPresent(key, (k, b) -> {
            refill(b, nowNanos);
            return b.tokens >= burst ? null : b;
        }));
    }
}
