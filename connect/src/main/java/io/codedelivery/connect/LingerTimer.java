package io.codedelivery.connect;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the send of a partial batch once it has lingered: Connect calls put only when records
 * arrive, so without a timer the last records of a burst would wait for the next offset commit.
 * At most one send is scheduled at a time.
 */
final class LingerTimer implements AutoCloseable {

    private static final AtomicInteger TIMERS = new AtomicInteger();

    private final Runnable send;
    private final ScheduledExecutorService scheduler;
    private ScheduledFuture<?> scheduled;

    LingerTimer(Runnable send) {
        this.send = send;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "search-sink-linger-" + TIMERS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Schedules the send for the given wall-clock time, unless one is already scheduled. */
    synchronized void sendAt(long epochMillis) {
        if (scheduled != null && !scheduled.isDone() || scheduler.isShutdown()) {
            return;
        }
        long delay = Math.max(0, epochMillis - System.currentTimeMillis());
        scheduled = scheduler.schedule(this::run, delay, TimeUnit.MILLISECONDS);
    }

    private void run() {
        synchronized (this) {
            scheduled = null; // from here on a put may schedule the next send
        }
        send.run();
    }

    @Override
    public synchronized void close() {
        scheduler.shutdownNow();
    }
}
