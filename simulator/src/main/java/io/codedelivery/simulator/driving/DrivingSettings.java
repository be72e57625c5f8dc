package io.codedelivery.simulator.driving;

import java.time.Duration;

/**
 * How the simulator drives: one step per delivery every {@code tick}, at {@code speedMps} metres per
 * second, with the tick divided into {@code tickSlots} slots so that the deliveries of one tick are
 * driven spread over it rather than in one burst.
 */
public record DrivingSettings(Duration tick, double speedMps, int tickSlots) {
    public static final Duration DEFAULT_TICK = Duration.ofMillis(500);
    public static final double DEFAULT_SPEED_MPS = 13.9;
    public static final int DEFAULT_TICK_SLOTS = 10;
    static final int MAX_TICK_SLOTS = 1_000;

    public DrivingSettings {
        if (tick == null || tick.toMillis() <= 0 || tick.toNanos() % 1_000_000 != 0) {
            throw new IllegalArgumentException("tick must be a positive whole number of milliseconds, was " + tick);
        }
        if (!Double.isFinite(speedMps) || speedMps <= 0) {
            throw new IllegalArgumentException("speedMps must be positive, was " + speedMps);
        }
        if (tickSlots < 1 || tickSlots > MAX_TICK_SLOTS || tickSlots > tick.toMillis()) {
            throw new IllegalArgumentException("tickSlots must be between 1 and " + MAX_TICK_SLOTS
                    + " and at most one per millisecond of the tick (" + tick + "), was " + tickSlots);
        }
    }

    public static DrivingSettings defaults() {
        return new DrivingSettings(DEFAULT_TICK, DEFAULT_SPEED_MPS, DEFAULT_TICK_SLOTS);
    }

    /** How often the driver looks for due slots: the length of one slot, rounded down to whole milliseconds. */
    public Duration slotInterval() {
        return Duration.ofMillis(tick.toMillis() / tickSlots);
    }

    double metresPerStep() {
        return speedMps * tick.toNanos() / 1e9;
    }
}
