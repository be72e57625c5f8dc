package io.codedelivery.backend.viewer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The few threads that send every viewer's frames. A viewer with something to send is queued here
 * once; a sender encodes its next frame and hands it to the socket without waiting for it to be
 * written, so no sender ever blocks on a browser, and a fan-out to thousands of viewers costs one
 * queue entry each instead of waking a thread each. A sweeper closes sockets that have not taken a
 * frame within the send timeout and sends keepalives to idle ones.
 */
final class ViewerSenders implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ViewerSenders.class);

    private static final Duration IDLE_PARK = Duration.ofSeconds(1);

    /** Lock-free: the fan-out adds to it for every position, and a queue with a lock was its hottest code. */
    private final ConcurrentLinkedQueue<Viewer> ready = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Thread> parked = new ConcurrentLinkedQueue<>();
    private final AtomicInteger idle = new AtomicInteger();
    private final Set<Viewer> viewers = ConcurrentHashMap.newKeySet();
    private final List<Thread> threads = new ArrayList<>();
    private final Duration sweepEvery;
    private volatile boolean running = true;

    /** {@code sweepEvery}: how often stalled and idle sockets are looked for. */
    ViewerSenders(int senders, Duration sweepEvery) {
        this.sweepEvery = sweepEvery;
        for (int i = 0; i < senders; i++) {
            threads.add(Thread.ofPlatform().name("viewer-sender-" + i).daemon().unstarted(this::sendLoop));
        }
        threads.add(Thread.ofPlatform().name("viewer-sweeper").daemon().unstarted(this::sweepLoop));
    }

    ViewerSenders start() {
        threads.forEach(Thread::start);
        return this;
    }

    void add(Viewer viewer) {
        viewers.add(viewer);
    }

    void remove(Viewer viewer) {
        viewers.remove(viewer);
    }

    /** Queues a viewer that has something to send; wakes a sender only when one is idle. */
    void schedule(Viewer viewer) {
        ready.offer(viewer);
        if (idle.get() > 0) {
            Thread sender = parked.poll();
            if (sender != null) {
                LockSupport.unpark(sender);
            }
        }
    }

    private void sendLoop() {
        Thread me = Thread.currentThread();
        while (running) {
            Viewer viewer = ready.poll();
            if (viewer != null) {
                send(viewer);
                continue;
            }
            // say so before looking again, so that a viewer queued meanwhile either is seen or wakes this thread
            parked.offer(me);
            idle.incrementAndGet();
            if (ready.isEmpty()) {
                LockSupport.parkNanos(this, IDLE_PARK.toNanos());
            }
            idle.decrementAndGet();
            parked.remove(me);
        }
    }

    private static void send(Viewer viewer) {
        try {
            viewer.sendNext();
        } catch (RuntimeException e) {
            log.warn("viewer send failed unexpectedly: {}", e.toString());
        }
    }

    private void sweepLoop() {
        while (running) {
            try {
                Thread.sleep(sweepEvery);
                long now = System.nanoTime();
                viewers.forEach(viewer -> viewer.sweep(now));
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                log.warn("viewer sweep failed: {}", e.toString());
            }
        }
    }

    @Override
    public void close() {
        running = false;
        threads.forEach(Thread::interrupt);
        threads.forEach(LockSupport::unpark);
    }
}
