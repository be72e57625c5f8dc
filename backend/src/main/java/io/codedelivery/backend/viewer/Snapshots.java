package io.codedelivery.backend.viewer;

import io.codedelivery.backend.tracking.LiveFleet;
import io.codedelivery.backend.tracking.TrailPoints;
import io.codedelivery.contracts.PositionReported;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a viewer's snapshot of its scope from the live fleet, on the caller's thread, never the
 * pipeline's. Until the replica has caught up with its replay the fleet is incomplete, so viewers
 * that subscribe meanwhile wait and get theirs the moment it is complete.
 *
 * <p>Each delivery comes with its trail so far, all trails together at most {@code trailBudget}
 * points: each gets an even share (thinned evenly, first and last kept), and when a share would be
 * under 2 points (a fleet far larger than the budget) the snapshot carries no trails at all, so its
 * size stays bounded by the fleet, not by how long the vehicles have driven.
 */
final class Snapshots {

    private final LiveFleet fleet;
    private final int trailBudget;
    private List<Registration> waiting = new ArrayList<>();

    Snapshots(LiveFleet fleet, int trailBudget) {
        this.fleet = fleet;
        this.trailBudget = trailBudget;
    }

    void sendWhenComplete(Registration registration) {
        synchronized (this) {
            if (waiting != null) {
                waiting.add(registration);
                return;
            }
        }
        send(registration);
    }

    void fleetComplete() {
        List<Registration> ready;
        synchronized (this) {
            ready = waiting;
            waiting = null;
        }
        if (ready != null && !ready.isEmpty()) {
            Thread.ofVirtual().name("snapshots-after-replay").start(() -> ready.forEach(this::send));
        }
    }

    private void send(Registration registration) {
        List<PositionReported> inScope = inScope(registration);
        int trailShare = inScope.isEmpty() ? 0 : trailBudget / inScope.size();
        List<PositionRow> rows = new ArrayList<>(inScope.size());
        Map<String, TrailPoints> trails = new LinkedHashMap<>();
        Map<String, Long> seqs = new HashMap<>();
        for (PositionReported found : inScope) {
            TrailPoints trail = trailShare < 2 ? null : fleet.trail(found.deliveryId());
            // the trail and the row end at the same position: the trail's, which may be newer than the one found
            PositionReported position = trail == null ? found : trail.latest();
            if (trail != null) {
                trails.put(position.deliveryId(), trail.thinnedTo(trailShare));
            }
            rows.add(PositionRow.of(position));
            seqs.put(position.deliveryId(), position.seq());
            if (registration.scope() instanceof Scope.Area) {
                registration.inside().add(position.deliveryId());
            }
        }
        Frame.Snapshot snapshot = new Frame.Snapshot(registration.scope(), new RowChunk(rows), trails);
        registration.viewer().outbox().completeSnapshot(registration.epoch(), snapshot, seqs);
        registration.snapshotSent();
    }

    private List<PositionReported> inScope(Registration registration) {
        return switch (registration.scope()) {
            case Scope.Fleet all -> List.copyOf(fleet.latest());
            case Scope.OneDelivery one -> {
                PositionReported latest = fleet.latest(one.deliveryId());
                yield latest == null ? List.of() : List.of(latest);
            }
            case Scope.Area area -> fleet.latest().stream().filter(area::contains).toList();
        };
    }
}
