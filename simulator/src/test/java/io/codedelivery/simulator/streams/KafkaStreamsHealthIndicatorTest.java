package io.codedelivery.simulator.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.codedelivery.simulator.driving.DrivingMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

class KafkaStreamsHealthIndicatorTest {

    @Test
    void streamsThatAreNotRunningAreReportedDown() {
        SimulatorProperties properties = new SimulatorProperties(Duration.ofMillis(500), 13.9, 10,
                new SimulatorProperties.Kafka("127.0.0.1:9092", "app", null, 6, (short) 1,
                        Duration.ofSeconds(1), Duration.ofSeconds(1), Map.of()));

        Health health = new KafkaStreamsHealthIndicator(
                new SimulatorStreams(properties, new SimpleMeterRegistry(), DrivingMetrics.NONE)).health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("state", "NOT_RUNNING");
    }
}
