package io.codedelivery.backend.viewer;

import io.codedelivery.backend.tracking.LiveFleet;
import io.codedelivery.backend.tracking.LiveListener;
import io.codedelivery.backend.tracking.Removal;
import io.codedelivery.contracts.PositionReported;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who watches what, and the fan-out: each live change goes only to the viewers whose scope it
 * touches. Each position is encoded once; the whole fleet's viewers share one chunk per batch.
 * Subscribing registers the viewer before its snapshot is built, so no change can fall between the
 * two; the outbox then drops what the snapshot already shows.
 */
final class Subscriptions implements LiveListener {

    private final LiveFleet fleet;
    private final Set<Registration> fleetViewers = ConcurrentHashMap.newKeySet();
    private final Map<String, Set<Registration>> byDelivery = new ConcurrentHashMap<>();
    private final Set<Registration> areaViewers = ConcurrentHashMap.newKeySet();
    private final Snapshots snapshots;

    /** {@code snapshotTrailPoints}: the points of trails one snapshot may carry, all deliveries together. */
    Subscriptions(LiveFleet fleet, int snapshotTrailPoints) {
        this.fleet = fleet;
        this.snapshots = new Snapshots(fleet, snapshotTrailPoints);
    }

    void subscribe(Viewer viewer, Scope scope) {
        unsubscribe(viewer);
        Registration registration = new Registration(viewer, scope, viewer.outbox().beginScope());
        viewer.registration(registration);
        index(registration);
        snapshots.sendWhenComplete(registration);
    }

    void unsubscribe(Viewer viewer) {
        Registration registration = viewer.registration();
        if (registration == null) {
            return;
        }
        switch (registration.scope()) {
            case Scope.Fleet fleetScope -> fleetViewers.remove(registration);
            case Scope.OneDelivery one -> byDelivery.computeIfPresent(one.deliveryId(), (id, viewers) -> {
                viewers.remove(registration);
                return viewers.isEmpty() ? null : viewers;
            });
            case Scope.Area area -> areaViewers.remove(registration);
        }
    }

    private void index(Registration registration) {
        switch (registration.scope()) {
            case Scope.Fleet fleetScope -> fleetViewers.add(registration);
            case Scope.OneDelivery one -> byDelivery
                    .computeIfAbsent(one.deliveryId(), id -> ConcurrentHashMap.newKeySet()).add(registration);
            case Scope.Area area -> areaViewers.add(registration);
        }
    }

    /** Rows are encoded for every position only when a fleet or area viewer may need them all; else per match. */
    @Override
    public void onChanges(List<PositionReported> positions, List<Removal> removals) {
        boolean broad = !fleetViewers.isEmpty() || !areaViewers.isEmpty();
        if (!broad && byDelivery.isEmpty()) {
            return;
        }
        List<PositionRow> rows = broad ? encoded(positions) : null;
        List<ViewerRemoval> gone = removals.stream().map(ViewerRemoval::of).toList();
        if (!fleetViewers.isEmpty()) {
            RowChunk all = new RowChunk(rows);
            fleetViewers.forEach(registration -> registration.offer(all, gone));
        }
        if (!byDelivery.isEmpty()) {
            DeliveryFanOut.route(byDelivery, positions, rows, gone);
        }
        for (Registration area : areaViewers) {
            AreaFanOut.route(area, positions, rows, gone);
        }
    }

    private static List<PositionRow> encoded(List<PositionReported> positions) {
        List<PositionRow> rows = new ArrayList<>(positions.size());
        for (PositionReported position : positions) {
            rows.add(PositionRow.of(position));
        }
        return rows;
    }

    @Override
    public void onCaughtUp() {
        snapshots.fleetComplete();
    }

    Map<String, Integer> countByKind() {
        int deliveryViewers = byDelivery.values().stream().mapToInt(Set::size).sum();
        return Map.of("fleet", fleetViewers.size(), "delivery", deliveryViewers, "area", areaViewers.size());
    }

    LiveFleet fleet() {
        return fleet;
    }
}
