package io.codedelivery.devstack;

import java.io.IOException;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/**
 * Watches the parts {@code up} started in processes of their own and starts again any that dies,
 * with a {@link Backoff} per part. Closing it stops the watching (and any restart under way) before
 * the parts themselves are stopped, so that nothing is started again during shutdown.
 */
final class Supervisor implements AutoCloseable {

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    /** What every part's watcher shares: where it reports, where pids are kept, the clock, the stop signal. */
    record Context(Progress progress, LeftoverProcesses pids, InstantSource clock, CountDownLatch stopped) {

        /** Keeps the pid of a part's process for the next run, which stops it if this run leaves it behind. */
        void remember(String name, long pid) {
            try {
                pids.remember(name, pid);
            } catch (IOException e) {
                progress.say("cannot keep the pid of " + name + ": " + e.getMessage());
            }
        }
    }

    private final Context context;
    private final Backoff.Policy policy;
    private final List<Thread> watchers = new CopyOnWriteArrayList<>();

    Supervisor(Progress progress, LeftoverProcesses pids, Backoff.Policy policy, InstantSource clock) {
        this.context = new Context(progress, pids, clock, new CountDownLatch(1));
        this.policy = policy;
    }

    /** Remembers the pid of a part just started and watches it from now on; {@code start} starts it again. */
    SupervisedPart watch(String name, ChildProcess started, Callable<ChildProcess> start) {
        SupervisedPart part = new SupervisedPart(name, started, start, new Backoff(policy, context.clock()), context);
        watchers.add(Thread.ofPlatform().daemon().name("supervise-" + name).start(part::watch));
        context.remember(name, started.pid());
        return part;
    }

    /** Stops watching: once this returns, no part is started again (one being started is stopped). */
    @Override
    public void close() {
        context.stopped().countDown();
        watchers.forEach(Thread::interrupt);
        for (Thread watcher : watchers) {
            try {
                if (!watcher.join(STOP_TIMEOUT)) {
                    context.progress().say("gave up waiting for " + watcher.getName() + " to stop");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
