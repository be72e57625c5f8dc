package io.codedelivery.backend.viewer;

import io.codedelivery.backend.tracking.LiveFleet;
import io.codedelivery.backend.tracking.PositionBatch;
import io.codedelivery.backend.tracking.PositionListener;
import io.codedelivery.contracts.PositionReported;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One browser watching the live map. Frames queue here and one sender at a time writes them to
 * the socket: an idle socket gets each batch at once; while a send is in flight, the batches that
 * arrive meanwhile are coalesced into one frame. A viewer that falls too far behind gets a fresh
 * snapshot instead of an ever-growing backlog.
 */
final class Viewer implements PositionListener {

    private static final Logger log = LoggerFactory.getLogger(Viewer.class);

    private final ViewerSocket socket;
    private final Executor sender;
    private final LiveFleet fleet;
    private final int maxQueuedBatches;
    private final Queue<Object> outbox = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicBoolean sending = new AtomicBoolean();
    private final AtomicBoolean behind = new AtomicBoolean();

    Viewer(ViewerSocket socket, Executor sender, LiveFleet fleet, int maxQueuedBatches) {
        this.socket = socket;
        this.sender = sender;
        this.fleet = fleet;
        this.maxQueuedBatches = maxQueuedBatches;
    }

    @Override
    public void onSnapshot(List<PositionReported> latest) {
        offer(new Snapshot(latest));
    }

    @Override
    public void onPositions(PositionBatch batch) {
        if (queued.get() >= maxQueuedBatches) {
            behind.set(true);
            return;
        }
        offer(batch);
    }

    void keepalive() {
        if (queued.get() == 0) {
            offer(Frames.KEEPALIVE);
        }
    }

    String id() {
        return socket.id();
    }

    private void offer(Object item) {
        outbox.add(item);
        queued.incrementAndGet();
        if (sending.compareAndSet(false, true)) {
            sender.execute(this::drain);
        }
    }

    private void drain() {
        try {
            for (List<Object> items = take(); !items.isEmpty(); items = take()) {
                for (String frame : Frames.coalesce(items)) {
                    socket.send(frame);
                }
            }
            if (behind.compareAndSet(true, false)) {
                outbox.clear();
                queued.set(0);
                fleet.resync(this);
            }
        } catch (IOException | RuntimeException e) {
            log.debug("viewer {}: send failed, closing: {}", id(), e.toString());
            socket.close();
        } finally {
            sending.set(false);
            if (!outbox.isEmpty() && sending.compareAndSet(false, true)) {
                sender.execute(this::drain);
            }
        }
    }

    private List<Object> take() {
        if (behind.get()) {
            return List.of();
        }
        List<Object> items = new ArrayList<>();
        for (Object item = outbox.poll(); item != null; item = outbox.poll()) {
            items.add(item);
        }
        queued.addAndGet(-items.size());
        return items;
    }

    record Snapshot(List<PositionReported> positions) {
    }
}
