package io.codedelivery.backend.tracking;

import io.codedelivery.contracts.PositionReported;

/**
 * A copy of a delivery's trail: its points, oldest first, as integers of 1e-5 degrees (coordinates
 * rounded to 5 decimals, about 1 m), the last one being {@link #latest()}'s. Never changed once made.
 */
public final class TrailPoints {

    /** Units per degree of {@link #scaledLat(int)} and {@link #scaledLng(int)}. */
    public static final int SCALE = 100_000;

    private final PositionReported latest;
    private final int[] latLng;

    TrailPoints(PositionReported latest, int[] latLng) {
        this.latest = latest;
        this.latLng = latLng;
    }

    static int scaled(double degrees) {
        return (int) Math.round(degrees * SCALE);
    }

    /** The delivery's latest position, where the trail ends. */
    public PositionReported latest() {
        return latest;
    }

    public int size() {
        return latLng.length / 2;
    }

    public int scaledLat(int point) {
        return latLng[2 * point];
    }

    public int scaledLng(int point) {
        return latLng[2 * point + 1];
    }

    /** At most {@code max} (at least 2) of the points, spread evenly, always with the first and the last. */
    public TrailPoints thinnedTo(int max) {
        if (max < 2) {
            throw new IllegalArgumentException("keeping the first and the last needs room for two, was " + max);
        }
        int size = size();
        if (size <= max) {
            return this;
        }
        int[] kept = new int[2 * max];
        double step = (size - 1) / (double) (max - 1);
        for (int i = 0; i < max; i++) {
            int from = (int) Math.round(i * step);
            kept[2 * i] = latLng[2 * from];
            kept[2 * i + 1] = latLng[2 * from + 1];
        }
        return new TrailPoints(latest, kept);
    }
}
