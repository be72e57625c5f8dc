package io.codedelivery.simulator.driving;

import java.time.Duration;

/**
 * What the driver reports about its work, for whoever measures it. Called on stream threads, so an
 * implementation must be thread-safe and cheap; {@link #NONE} ignores everything.
 */
public interface DrivingMetrics {
    DrivingMetrics NONE = new DrivingMetrics() {
        @Override
        public void positionEmitted() {
        }

        @Override
        public void slotDriven(Duration lateBy) {
        }

        @Override
        public void activeDeliveriesChanged(int delta) {
        }
    };

    void positionEmitted();

    /** A slot's deliveries are being driven, {@code lateBy} after the slot was due. */
    void slotDriven(Duration lateBy);

    /** The deliveries driven by this process went up or down by {@code delta}. */
    void activeDeliveriesChanged(int delta);
}
