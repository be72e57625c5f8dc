package io.codedelivery.backend.tracking;

import io.codedelivery.contracts.PositionReported;
import java.util.Arrays;

/**
 * The path one delivery in flight drove, in at most {@code capacity} points: positions are sampled
 * every {@code stride}-th one (1 at first); when the samples are full, every other one is dropped and
 * the stride doubles, so the trail always spans the whole drive, evenly, from its first position to
 * its latest, which is always kept. Points are held as 1e-5 degree integers (what the protocol
 * sends), two ints a point, no object per position: about 1 KB a delivery at 128 points, 30 MB for
 * a fleet of 30,000.
 *
 * <p>Only the pipeline's thread adds; snapshot builders on other threads {@link #copy()} it. Both
 * take this trail's own lock for the microseconds they need. A per-trail lock with a copy on read,
 * rather than swapping in an immutable trail on every position, because positions come far more often
 * (every vehicle, every tick) than snapshots are built: a copy per position would be garbage at the
 * fleet's full rate, a copy per snapshot is what the snapshot sends anyway. The lock is per delivery,
 * so the pipeline never waits on a snapshot of the whole fleet, only, rarely, on one trail's copy.
 */
final class Trail {

    private final int[] samples;
    private int size;
    private long stride = 1;
    private long driven;
    private PositionReported latest;
    private int latestLat;
    private int latestLng;

    /** {@code capacity}: points kept, the latest included; at least 2 (the first and the latest). */
    Trail(int capacity) {
        if (capacity < 2) {
            throw new IllegalArgumentException("a trail keeps its first and latest points: capacity must be at least 2, was "
                    + capacity);
        }
        this.samples = new int[2 * (capacity - 1)];
    }

    synchronized void add(PositionReported position) {
        int lat = TrailPoints.scaled(position.lat());
        int lng = TrailPoints.scaled(position.lng());
        long index = driven++;
        while (index % stride == 0 && 2 * size == samples.length) {
            thin();
        }
        if (index % stride == 0) {
            samples[2 * size] = lat;
            samples[2 * size + 1] = lng;
            size++;
        }
        latest = position;
        latestLat = lat;
        latestLng = lng;
    }

    /** Keeps every other sample (the first among them) and samples half as often from now on. */
    private void thin() {
        int kept = 0;
        for (int i = 0; i < size; i += 2, kept++) {
            samples[2 * kept] = samples[2 * i];
            samples[2 * kept + 1] = samples[2 * i + 1];
        }
        size = kept;
        stride *= 2;
    }

    /** The points so far, oldest first, ending at the latest position, which the copy also carries. */
    synchronized TrailPoints copy() {
        boolean latestIsSample = (driven - 1) % stride == 0;
        int points = latestIsSample ? size : size + 1;
        int[] latLng = Arrays.copyOf(samples, 2 * points);
        if (!latestIsSample) {
            latLng[2 * size] = latestLat;
            latLng[2 * size + 1] = latestLng;
        }
        return new TrailPoints(latest, latLng);
    }
}
