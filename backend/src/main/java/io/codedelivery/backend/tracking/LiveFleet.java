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
 * The latest position of every delivery in flight, as this replica has seen them, and the trail each
 * drove so far (at most {@code trailPoints} points, see {@link Trail}). Only the pipeline's thread
 * changes it; any thread may read it at any time without a lock (a snapshot is a weakly consistent
 * walk, which viewers reconcile by seq; a trail is copied under its own lock). Replayed positions
 * build trails too, so a replica that just started has them. Finished deliveries are remembered for a
 * while so a late duplicate cannot bring them back; their trails go at once.
 */
public class LiveFleet {

    /** Points of a trail unless configured ({@code TRACKING_TRAIL_POINTS}). */
    public static final int DEFAULT_TRAIL_POINTS = 128;

    private static final int FINISHED_REMEMBERED = 10_000;

    private final int trailPoints;
    private final Map<String, PositionReported> inFlight = new ConcurrentHashMap<>();
    private final Map<String, Trail> trails = new ConcurrentHashMap<>();
    private final Map<String, Long> finished = Collections.synchronizedMap(
            new LinkedHashMap<>(1024, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
                    return size() > FINISHED_REMEMBERED;
                }
            });
    private volatile boolean complete;

    public LiveFleet() {
        this(DEFAULT_TRAIL_POINTS);
    }

    LiveFleet(int trailPoints) {
        if (trailPoints < 2) {
            throw new IllegalArgumentException("a trail keeps its first and latest points: trail points must be at least 2, was "
                    + trailPoints);
        }
        this.trailPoints = trailPoints;
    }

    public Collection<PositionReported> latest() {
        return Collections.unmodifiableCollection(inFlight.values());
    }

    public PositionReported latest(String deliveryId) {
        return inFlight.get(deliveryId);
    }

    /**
     * A consistent copy of the delivery's trail, ending at its latest position (which may be newer
     * than what {@link #latest()} gave a moment before); null when it is not in flight.
     */
    public TrailPoints trail(String deliveryId) {
        Trail trail = trails.get(deliveryId);
        return trail == null ? null : trail.copy();
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

    /** The trail first: whoever sees the position in flight finds its trail with it. */
    void update(PositionReported position) {
        trails.computeIfAbsent(position.deliveryId(), id -> new Trail(trailPoints)).add(position);
        inFlight.put(position.deliveryId(), position);
    }

    Removal finish(PositionReported last) {
        inFlight.remove(last.deliveryId());
        trails.remove(last.deliveryId());
        finished.put(last.deliveryId(), last.seq());
        return new Removal(last.deliveryId(), last.cancelled() ? Removal.Reason.CANCELLED : Removal.Reason.DELIVERED,
                last.seq());
    }

    List<Removal> forgetSilentSince(Instant before) {
        List<Removal> silent = new ArrayList<>();
        for (PositionReported position : inFlight.values()) {
            if (position.emittedAt().isBefore(before) && inFlight.remove(position.deliveryId(), position)) {
                trails.remove(position.deliveryId());
                silent.add(new Removal(position.deliveryId(), Removal.Reason.SILENT, position.seq()));
            }
        }
        return silent;
    }
}
