package io.codedelivery.simulator.driving;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Keeps what the driver reports, for tests to look at. */
final class RecordingMetrics implements DrivingMetrics {
    long positions;
    long active;
    final List<Duration> slotLags = new ArrayList<>();

    @Override
    public void positionEmitted() {
        positions++;
    }

    @Override
    public void slotDriven(Duration lateBy) {
        slotLags.add(lateBy);
    }

    @Override
    public void activeDeliveriesChanged(int delta) {
        active += delta;
    }

    Duration maxLag() {
        return slotLags.stream().max(Duration::compareTo).orElse(Duration.ZERO);
    }
}
