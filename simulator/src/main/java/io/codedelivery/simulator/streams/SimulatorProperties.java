package io.codedelivery.simulator.streams;

import io.codedelivery.simulator.driving.DrivingSettings;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The simulator's settings. Every one has a safe local default; application.properties maps the
 * usual environment variables onto them.
 */
@ConfigurationProperties("simulator")
record SimulatorProperties(
        @DefaultValue("500ms") Duration tick,
        @DefaultValue("13.9") double speedMps,
        @DefaultValue("10") int tickSlots,
        @DefaultValue Kafka kafka) {

    DrivingSettings driving() {
        return new DrivingSettings(tick, speedMps, tickSlots);
    }

    /**
     * How to reach Kafka. {@code properties} are passed to every Kafka client as they are
     * (security.protocol, sasl.mechanism, sasl.jaas.config for a managed cluster); blank values
     * are left out.
     */
    record Kafka(
            @DefaultValue("127.0.0.1:9092") String bootstrapServers,
            @DefaultValue("codedelivery-simulator") String applicationId,
            String stateDir,
            @DefaultValue("6") int topicPartitions,
            @DefaultValue("1") short replicationFactor,
            @DefaultValue("30s") Duration adminTimeout,
            @DefaultValue("30s") Duration closeTimeout,
            Map<String, String> properties) {

        Kafka {
            properties = properties == null ? Map.of() : Map.copyOf(properties);
        }
    }
}
