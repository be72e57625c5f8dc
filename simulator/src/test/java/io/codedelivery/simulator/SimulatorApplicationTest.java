package io.codedelivery.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class SimulatorApplicationTest {

    @Test
    void defaultsLogOneJsonLinePerEventAndQuietKafka() {
        Properties defaults = SimulatorApplication.defaultProperties();

        assertThat(defaults)
                .containsEntry("logging.structured.format.console", "ecs")
                .containsEntry("logging.level.org.apache.kafka", "WARN")
                .containsEntry("logging.level.org.apache.kafka.streams.KafkaStreams", "INFO");
    }

    @Test
    void listensOnEveryInterfaceUnlessToldOtherwiseAndGivesKafkaStreamsTimeToCloseOnShutdown() {
        Properties defaults = SimulatorApplication.defaultProperties();

        assertThat(defaults)
                .containsEntry("server.address", "${SERVER_ADDRESS:0.0.0.0}")
                .containsEntry("server.shutdown", "graceful")
                .containsEntry("spring.lifecycle.timeout-per-shutdown-phase", "45s");
    }

    @Test
    void defaultsExposeHealthProbesAndPrometheusOnTheConfiguredPort() {
        Properties defaults = SimulatorApplication.defaultProperties();

        assertThat(defaults)
                .containsEntry("server.port", "${SERVER_PORT:8081}")
                .containsEntry("management.endpoints.web.exposure.include", "health,prometheus")
                .containsEntry("management.endpoint.health.probes.enabled", "true")
                .containsEntry("management.endpoint.health.group.readiness.include", "readinessState,kafkaStreams,kafka");
    }
}
