package io.codedelivery.bench.driver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PrometheusTest {

    @Test
    void countersAndBucketsAreTheirIncreaseOverTheWindowAndTheRestAsAtItsEnd() {
        Map<String, Double> atStart = Map.of(
                "codedelivery_positions_total{outcome=\"accepted\"}", 100.0,
                "codedelivery_positions_age_seconds_count", 10.0,
                "codedelivery_positions_age_seconds_sum", 2.0,
                "codedelivery_positions_age_seconds_bucket{le=\"0.05\"}", 8.0,
                "codedelivery_positions_age_seconds_max", 0.9,
                "codedelivery_live_deliveries", 5.0);
        Map<String, Double> atEnd = Map.of(
                "codedelivery_positions_total{outcome=\"accepted\"}", 150.0,
                "codedelivery_positions_age_seconds_count", 30.0,
                "codedelivery_positions_age_seconds_sum", 3.0,
                "codedelivery_positions_age_seconds_bucket{le=\"0.05\"}", 27.0,
                "codedelivery_positions_age_seconds_max", 0.1,
                "codedelivery_live_deliveries", 7.0);

        assertThat(Prometheus.over(atStart, atEnd)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "codedelivery_positions_total{outcome=\"accepted\"}", 50.0,
                "codedelivery_positions_age_seconds_count", 20.0,
                "codedelivery_positions_age_seconds_sum", 1.0,
                "codedelivery_positions_age_seconds_bucket{le=\"0.05\"}", 19.0,
                "codedelivery_positions_age_seconds_max", 0.1,
                "codedelivery_live_deliveries", 7.0));
    }
}
