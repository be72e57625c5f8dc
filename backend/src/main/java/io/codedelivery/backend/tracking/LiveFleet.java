package io.codedelivery.backend.tracking;

import io.codedelivery.contracts.PositionReported;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The latest position of every delivery in flight, as this replica has seen them. Only the
 * pipeline's thread changes it; any thread may read it at any time without a lock (a snapshot is a
 * weakly consistent walk, which viewers reconcile by seq). Finished deliveries are remembered for a
 * while so a late duplicate cannot bring them back.
 */
public class LiveFleet {

    private static final int FINISHED_REMEMBERED = 10_000;

    private final Map<String, PositionReported> inFlight = new ConcurrentHashMap<>();
    private final Map<String, Long> finished = Collections.synchronizedMap(
            new LinkedHashMap<>(1024, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
                    return size() > FINISHED_REMEMBERED;
                }
            });
    private volatile boolean complete;

    public Collection<PositionReported> latest() {
        return Collections.unmodifiableCollection(inFlight.values());
    }

    public PositionReported latest(String deliveryId) {
        return inFlight.get(deliveryId);
    }

    public int size() {
        return inFlight.size();
    }

    /** True once the replay is over: until then a snapshot may miss deliveries in flight. */
    public boolean complete() {
        return complete;
    }

    void markComplete() {
        complete = true;
    }

    boolean hasFinished(String deliveryId) {
        return finished.containsKey(deliveryId);
    }

    void update(PositionReported position) {
        inFlight.put(position.deliveryId(), position);
    }

    Removal finish(PositionReported last) {
        inFlight.remove(last.deliveryId());
        finished.put(last.deliveryId(), last.seq());
        return new Removal(last.deliveryId(), Removal.Reason.DELIVERED, last.seq());
    }

    List<Removal> forgetSilentSince(Instant before) {
        List<Removal> silent = new ArrayList<>();
        for (PositionReported position : inFlight.values()) {
            if (position.emittedAt().isBefore(before) && inFlight.remove(position.deliveryId(), position)) {
                silent.add(new Removal(position.deliveryId(), Removal.Reason.SILENT, position.seq()));
            }
        }
        return silent;
    }
}
