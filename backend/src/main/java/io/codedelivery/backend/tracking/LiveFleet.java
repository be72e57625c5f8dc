package io.codedelivery.backend.tracking;

import io.codedelivery.contracts.PositionReported;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The latest position of every delivery in flight, as this replica has seen them, and the
 * listeners to tell about new ones. A position not newer (by seq) than what was already seen for
 * its delivery is dropped, so duplicates from redelivery or an aborted transaction never reach a
 * viewer twice. A finished delivery leaves the fleet; its last seq is remembered for a while.
 */
public class LiveFleet {

    private static final int FINISHED_REMEMBERED = 10_000;

    private final Map<String, PositionReported> inFlight = new HashMap<>();
    private final Map<String, Long> finished = new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > FINISHED_REMEMBERED;
        }
    };
    private final List<PositionListener> listeners = new ArrayList<>();

    /** Adds a listener and gives it the snapshot; no batch can slip between the two. */
    public synchronized void subscribe(PositionListener listener) {
        listeners.add(listener);
        listener.onSnapshot(snapshot());
    }

    /** Gives a listener that fell behind a fresh snapshot, ordered before any later batch. */
    public synchronized void resync(PositionListener listener) {
        listener.onSnapshot(snapshot());
    }

    public synchronized void unsubscribe(PositionListener listener) {
        listeners.remove(listener);
    }

    public synchronized List<PositionReported> snapshot() {
        return List.copyOf(inFlight.values());
    }

    public synchronized void apply(List<PositionReported> positions) {
        List<PositionReported> fresh = new ArrayList<>(positions.size());
        for (PositionReported position : positions) {
            if (accept(position)) {
                fresh.add(position);
            }
        }
        if (!fresh.isEmpty()) {
            PositionBatch batch = new PositionBatch(fresh);
            listeners.forEach(listener -> listener.onPositions(batch));
        }
    }

    /** Forgets deliveries whose vehicle has not reported since {@code before}; returns how many. */
    public synchronized int forgetSilentSince(Instant before) {
        int count = inFlight.size();
        inFlight.values().removeIf(position -> position.emittedAt().isBefore(before));
        return count - inFlight.size();
    }

    private boolean accept(PositionReported position) {
        String deliveryId = position.deliveryId();
        if (finished.containsKey(deliveryId)) {
            return false;
        }
        PositionReported latest = inFlight.get(deliveryId);
        if (latest != null && position.seq() <= latest.seq()) {
            return false;
        }
        if (position.finished()) {
            inFlight.remove(deliveryId);
            finished.put(deliveryId, position.seq());
        } else {
            inFlight.put(deliveryId, position);
        }
        return true;
    }
}
