package io.codedelivery.bench.indexing;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Every {@code period} asks the search engine which of the pending samples are searchable and marks
 * them seen at the time the answer came (so a lag is at most one period plus one search late).
 */
final class LagPoller implements AutoCloseable {

    private static final long PERIOD_NANOS = 100_000_000;
    private static final int MOST_IDS = 1_000;

    private final SearchProbe probe;
    private final LagBook book;
    private final Thread loop;
    private final AtomicLong searches = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private volatile boolean running = true;

    LagPoller(SearchProbe probe, LagBook book) {
        this.probe = probe;
        this.book = book;
        this.loop = Thread.ofPlatform().daemon().name("lag-poller").start(this::run);
    }

    long searches() {
        return searches.get();
    }

    long failures() {
        return failures.get();
    }

    private void run() {
        long next = System.nanoTime();
        while (running) {
            next += PERIOD_NANOS;
            List<String> ids = book.pending(MOST_IDS);
            if (!ids.isEmpty()) {
                try {
                    Set<String> found = probe.searchable(ids);
                    book.seen(found, System.currentTimeMillis());
                    searches.incrementAndGet();
                } catch (InterruptedException e) {
                    return;
                } catch (Exception e) {
                    if (failures.incrementAndGet() == 1) {
                        System.err.println("[bench] search failed (counted, going on): " + e.getMessage());
                    }
                }
            }
            LockSupport.parkNanos(Math.max(0, next - System.nanoTime()));
        }
    }

    @Override
    public void close() {
        running = false;
        loop.interrupt();
        try {
            loop.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
