package io.codedelivery.simulator.streams;

import io.codedelivery.simulator.driving.DrivingMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/** The driver's measurements as Micrometer meters, shared by every stream thread of this process. */
@Component
class MicrometerDrivingMetrics implements DrivingMetrics {
    static final String POSITIONS_EMITTED = "codedelivery.simulator.positions.emitted";
    static final String ACTIVE_DELIVERIES = "codedelivery.simulator.active.deliveries";
    static final String TICK_LAG = "codedelivery.simulator.tick.lag";

    private final Counter positions;
    private final Timer tickLag;
    private final AtomicLong active = new AtomicLong();

    MicrometerDrivingMetrics(MeterRegistry registry) {
        this.positions = Counter.builder(POSITIONS_EMITTED)
                .description("Positions reported by this instance")
                .register(registry);
        this.tickLag = Timer.builder(TICK_LAG)
                .description("How late each tick slot was driven after it was due")
                .register(registry);
        Gauge.builder(ACTIVE_DELIVERIES, active, AtomicLong::get)
                .description("Deliveries being driven by this instance")
                .strongReference(true)
                .register(registry);
    }

    @Override
    public void positionEmitted() {
        positions.increment();
    }

    @Override
    public void slotDriven(Duration lateBy) {
        tickLag.record(lateBy);
    }

    @Override
    public void activeDeliveriesChanged(int delta) {
        active.addAndGet(delta);
    }
}
