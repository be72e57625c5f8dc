package io.codedelivery.backend.viewer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.concurrent.locks.ReentrantLock;

/**
 * What is waiting to go to one viewer. The pipeline offers changes without ever waiting for the
 * socket; the viewer's sender takes everything queued as frames. Changes queue in order while the
 * viewer keeps up; past {@code maxBacklog} positions they collapse to the latest position of each
 * delivery (see {@link Coalesced}), so memory is bounded by the scope, not by how long the socket
 * is stalled. A new scope starts a new epoch: changes offered for an older one are dropped, and
 * nothing goes out until the new scope's snapshot is ready.
 */
final class Outbox {

    private sealed interface Item {
    }

    private record Rows(RowChunk chunk) implements Item {
    }

    private record Removals(List<ViewerRemoval> removals) implements Item {
    }

    private record Control(Frame frame) implements Item {
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final int maxBacklog;
    private final IntConsumer skipped;
    private List<Item> queue = new ArrayList<>();
    private volatile int backlog;
    private Coalesced coalesced;
    private Frame.Snapshot snapshot;
    /**
     * What the last snapshot showed, while a batch the live fleet had taken before the snapshot was
     * read may still be fanned out after it; forgotten once a batch passes with nothing to drop.
     */
    private SnapshotSeqs shownBySnapshot;
    private long epoch;
    private boolean awaitingSnapshot;
    private boolean closed;
    private volatile Runnable whenReady = () -> {
    };

    /** {@code skipped} is told how many positions were left out each time the backlog collapses further. */
    Outbox(int maxBacklog, IntConsumer skipped) {
        this.maxBacklog = maxBacklog;
        this.skipped = skipped;
    }

    /** Run, outside the lock, each time a change leaves something for a sender to take. */
    void whenReady(Runnable listener) {
        whenReady = listener;
    }

    /** Positions queued and not yet taken. */
    int backlog() {
        return backlog;
    }

    /** Forgets everything queued for the old scope; returns the new scope's epoch. */
    long beginScope() {
        lock.lock();
        try {
            epoch++;
            queue = new ArrayList<>();
            backlog = 0;
            coalesced = null;
            snapshot = null;
            shownBySnapshot = null;
            awaitingSnapshot = true;
            return epoch;
        } finally {
            lock.unlock();
        }
    }

    /**
     * The snapshot goes out first; changes queued meanwhile follow it, less what it already shows
     * ({@code seqs}: the seq of each delivery in the snapshot).
     */
    void completeSnapshot(long forEpoch, Frame.Snapshot ready, Map<String, Long> seqs) {
        lock.lock();
        try {
            if (forEpoch != epoch || closed) {
                return;
            }
            SnapshotSeqs shown = new SnapshotSeqs(seqs);
            List<Item> kept = new ArrayList<>(queue.size());
            int rows = 0;
            for (Item item : queue) {
                Item newer = newerThan(item, shown);
                if (newer != null) {
                    kept.add(newer);
                    rows += newer instanceof Rows r ? r.chunk().size() : 0;
                }
            }
            queue = kept;
            backlog = rows;
            if (coalesced != null) {
                coalesced.dropNotNewerThan(shown);
            }
            snapshot = ready;
            shownBySnapshot = shown;
            awaitingSnapshot = false;
        } finally {
            lock.unlock();
        }
        whenReady.run();
    }

    private static Item newerThan(Item item, SnapshotSeqs shown) {
        return switch (item) {
            case Rows rows -> {
                List<PositionRow> newer = rows.chunk().rows().stream()
                        .filter(shown::isNewer).toList();
                yield newer.size() == rows.chunk().size() ? rows : newer.isEmpty() ? null : new Rows(new RowChunk(newer));
            }
            case Removals removals -> {
                List<ViewerRemoval> newer = removals.removals().stream()
                        .filter(shown::isNewer).toList();
                yield newer.isEmpty() ? null : new Removals(newer);
            }
            case Control control -> control;
        };
    }

    /** Called under the lock, once the snapshot is complete. */
    private RowChunk notShownBySnapshot(RowChunk rows) {
        if (shownBySnapshot == null || awaitingSnapshot || rows.size() == 0) {
            return rows;
        }
        List<PositionRow> newer = rows.rows().stream().filter(shownBySnapshot::isNewer).toList();
        if (newer.size() == rows.size()) {
            shownBySnapshot = null;
            return rows;
        }
        return new RowChunk(newer);
    }

    void offer(long forEpoch, RowChunk rows, List<ViewerRemoval> removals) {
        boolean wake;
        lock.lock();
        try {
            if (forEpoch != epoch || closed) {
                return;
            }
            rows = notShownBySnapshot(rows);
            if (coalesced != null) {
                skipped.accept(coalesced.add(rows.rows()));
                coalesced.remove(removals);
            } else {
                if (rows.size() > 0) {
                    queue.add(new Rows(rows));
                    backlog += rows.size();
                }
                if (!removals.isEmpty()) {
                    queue.add(new Removals(removals));
                }
                if (backlog > maxBacklog) {
                    coalesce();
                }
            }
            wake = ready();
        } finally {
            lock.unlock();
        }
        if (wake) {
            whenReady.run();
        }
    }

    void control(Frame frame) {
        boolean wake;
        lock.lock();
        try {
            queue.add(new Control(frame));
            wake = ready();
        } finally {
            lock.unlock();
        }
        if (wake) {
            whenReady.run();
        }
    }

    void close() {
        lock.lock();
        try {
            closed = true;
            queue = new ArrayList<>();
            coalesced = null;
            backlog = 0;
        } finally {
            lock.unlock();
        }
    }

    private void coalesce() {
        coalesced = new Coalesced();
        List<Item> controls = new ArrayList<>();
        int replaced = 0;
        for (Item item : queue) {
            switch (item) {
                case Rows rows -> replaced += coalesced.add(rows.chunk().rows());
                case Removals removals -> coalesced.remove(removals.removals());
                case Control control -> controls.add(control);
            }
        }
        queue = controls;
        backlog = coalesced.size();
        skipped.accept(replaced);
    }

    /** Takes everything there is to send as frames, in order, without waiting; empty when there is nothing (or closed). */
    List<Frame> poll() {
        lock.lock();
        try {
            return closed || !ready() ? List.of() : drain();
        } finally {
            lock.unlock();
        }
    }

    /** Whether {@link #poll()} would return something now. */
    boolean hasReady() {
        lock.lock();
        try {
            return !closed && ready();
        } finally {
            lock.unlock();
        }
    }

    private boolean ready() {
        return !awaitingSnapshot && (snapshot != null || coalesced != null || !queue.isEmpty());
    }

    private List<Frame> drain() {
        List<Frame> frames = new ArrayList<>();
        if (snapshot != null) {
            frames.add(snapshot);
            snapshot = null;
        }
        if (coalesced != null) {
            coalesced.drainTo(frames);
            coalesced = null;
        }
        List<RowChunk> run = new ArrayList<>();
        for (Item item : queue) {
            if (item instanceof Rows rows) {
                run.add(rows.chunk());
                continue;
            }
            flush(run, frames);
            frames.add(item instanceof Removals removals ? new Frame.Removed(removals.removals())
                    : ((Control) item).frame());
        }
        flush(run, frames);
        queue = new ArrayList<>();
        backlog = 0;
        return frames;
    }

    private static void flush(List<RowChunk> run, List<Frame> frames) {
        if (!run.isEmpty()) {
            frames.add(new Frame.Positions(List.copyOf(run), 0));
            run.clear();
        }
    }
}
