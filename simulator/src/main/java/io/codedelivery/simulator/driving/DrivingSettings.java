package io.codedelivery.simulator.driving;

import java.time.Duration;

/**
 * How the simulator drives: one step every {@code tick}, at {@code speedMps} metres per second.
 */
public record DrivingSettings(Duration tick, double speedMps) {
    public static final Duration DEFAULT_TICK = Duration.ofMillis(500);
    public static final double DEFAULT_SPEED_MPS = 13.9;

    public DrivingSettings {
        if (tick == null || tick.isNegative() || tick.isZero()) {
            throw new IllegalArgumentException("tick must be positive, was " + tick);
        }
        if (!Double.isFinite(speedMps) || speedMps <= 0) {
            throw new IllegalArgumentException("speedMps must be positive, was " + speedMps);
        }
    }

    public static DrivingSettings defaults() {
        return new DrivingSettings(DEFAULT_TICK, DEFAULT_SPEED_MPS);
    }

    double metresPerStep() {
        return speedMps * tick.toNanos() / 1e9;
    }
}
