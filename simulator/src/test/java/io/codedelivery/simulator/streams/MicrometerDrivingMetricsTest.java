package io.codedelivery.simulator.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class MicrometerDrivingMetricsTest {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final MicrometerDrivingMetrics metrics = new MicrometerDrivingMetrics(registry);

    @Test
    void emittedPositionsAreCounted() {
        metrics.positionEmitted();
        metrics.positionEmitted();

        assertThat(registry.scrape()).contains("codedelivery_simulator_positions_emitted_total 2.0");
    }

    @Test
    void deliveriesBeingDrivenAreSummedOverEveryDriver() {
        metrics.activeDeliveriesChanged(3);
        metrics.activeDeliveriesChanged(2);
        metrics.activeDeliveriesChanged(-1);

        assertThat(registry.scrape()).contains("codedelivery_simulator_active_deliveries 4.0");
    }

    @Test
    void tickLagIsPublishedInSecondsWithItsMaximum() {
        metrics.slotDriven(Duration.ZERO);
        metrics.slotDriven(Duration.ofMillis(750));

        assertThat(registry.scrape())
                .contains("codedelivery_simulator_tick_lag_seconds_count 2")
                .contains("codedelivery_simulator_tick_lag_seconds_max 0.75");
    }
}
