package io.codedelivery.backend.viewer;

import io.codedelivery.backend.tracking.LiveFleet;
import io.codedelivery.contracts.PositionReported;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a viewer's snapshot of its scope from the live fleet, on the caller's thread, never the
 * pipeline's. Until the replica has caught up with its replay the fleet is incomplete, so viewers
 * that subscribe meanwhile wait and get theirs the moment it is complete.
 */
final class Snapshots {

    private final LiveFleet fleet;
    private List<Registration> waiting = new ArrayList<>();

    Snapshots(LiveFleet fleet) {
        this.fleet = fleet;
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
        List<PositionRow> rows = new ArrayList<>();
        Map<String, Long> seqs = new HashMap<>();
        for (PositionReported position : inScope(registration)) {
            rows.add(PositionRow.of(position));
            seqs.put(position.deliveryId(), position.seq());
            if (registration.scope() instanceof Scope.Area) {
                registration.inside().add(position.deliveryId());
            }
        }
        Frame.Snapshot snapshot = new Frame.Snapshot(registration.scope(), new RowChunk(rows));
        registration.viewer().outbox().completeSnapshot(registration.epoch(), snapshot, seqs);
        registration.snapshotSent();
    }

    private Iterable<PositionReported> inScope(Registration registration) {
        return switch (registration.scope()) {
            case Scope.Fleet all -> fleet.latest();
            case Scope.OneDelivery one -> {
                PositionReported latest = fleet.latest(one.deliveryId());
                yield latest == null ? List.of() : List.of(latest);
            }
            case Scope.Area area -> fleet.latest().stream().filter(area::contains).toList();
        };
    }
}
