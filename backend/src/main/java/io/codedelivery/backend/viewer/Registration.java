package io.codedelivery.backend.viewer;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A viewer's current subscription: its scope and the epoch its outbox accepts. For an area, the
 * deliveries the viewer has been shown inside it, so it can be told when one leaves.
 */
final class Registration {

    private final Viewer viewer;
    private final Scope scope;
    private final long epoch;
    private final Set<String> inside = ConcurrentHashMap.newKeySet();
    private volatile boolean snapshotPending = true;

    Registration(Viewer viewer, Scope scope, long epoch) {
        this.viewer = viewer;
        this.scope = scope;
        this.epoch = epoch;
    }

    Viewer viewer() {
        return viewer;
    }

    Scope scope() {
        return scope;
    }

    long epoch() {
        return epoch;
    }

    Set<String> inside() {
        return inside;
    }

    /** While the snapshot is being built it is not yet known what the viewer will have been shown. */
    boolean snapshotPending() {
        return snapshotPending;
    }

    void snapshotSent() {
        snapshotPending = false;
    }

    void offer(RowChunk rows, List<ViewerRemoval> removals) {
        viewer.outbox().offer(epoch, rows, removals);
    }
}
