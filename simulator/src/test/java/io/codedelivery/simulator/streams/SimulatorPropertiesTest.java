package io.codedelivery.simulator.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.codedelivery.simulator.SimulatorApplication;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

class SimulatorPropertiesTest {

    @Test
    void localDefaultsAreSafe() {
        SimulatorProperties properties = bind(Map.of());

        assertThat(properties.tick()).isEqualTo(Duration.ofMillis(500));
        assertThat(properties.speedMps()).isEqualTo(13.9);
        assertThat(properties.driving().tickSlots()).isEqualTo(10);
        assertThat(properties.kafka().bootstrapServers()).isEqualTo("127.0.0.1:9092");
        assertThat(properties.kafka().topicPartitions()).isEqualTo(6);
        assertThat(properties.kafka().replicationFactor()).isEqualTo((short) 1);
        assertThat(StreamsProperties.forStreams(properties.kafka(), properties.driving().slotInterval()))
                .containsEntry(StreamsConfig.APPLICATION_ID_CONFIG, "codedelivery-simulator")
                .containsEntry(StreamsConfig.POLL_MS_CONFIG, "50")
                .containsEntry("producer.linger.ms", "5")
                .containsEntry("consumer.session.timeout.ms", "10000")
                .containsEntry("consumer.heartbeat.interval.ms", "3000")
                .containsEntry("main.consumer.internal.leave.group.on.close", "true")
                .containsEntry(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2)
                .containsEntry(StreamsConfig.REPLICATION_FACTOR_CONFIG, "1")
                .doesNotContainKeys("security.protocol", "sasl.mechanism", "sasl.jaas.config");
    }

    @Test
    void environmentVariablesOverrideTheDefaults() {
        SimulatorProperties properties = bind(Map.of(
                "SIMULATOR_TICK", "250ms",
                "SIMULATOR_SPEED_MPS", "20",
                "SIMULATOR_TICK_SLOTS", "5",
                "KAFKA_BOOTSTRAP_SERVERS", "broker:9093",
                "KAFKA_TOPIC_PARTITIONS", "12",
                "KAFKA_REPLICATION_FACTOR", "3",
                "SIMULATOR_STATE_DIR", "/var/lib/simulator"));

        assertThat(properties.driving().tick()).isEqualTo(Duration.ofMillis(250));
        assertThat(properties.driving().speedMps()).isEqualTo(20.0);
        assertThat(properties.driving().tickSlots()).isEqualTo(5);
        assertThat(properties.driving().slotInterval()).isEqualTo(Duration.ofMillis(50));
        assertThat(properties.kafka().topicPartitions()).isEqualTo(12);
        assertThat(StreamsProperties.forStreams(properties.kafka(), properties.driving().slotInterval()))
                .containsEntry(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "broker:9093")
                .containsEntry(StreamsConfig.REPLICATION_FACTOR_CONFIG, "3")
                .containsEntry(StreamsConfig.STATE_DIR_CONFIG, "/var/lib/simulator");
    }

    @Test
    void managedKafkaCredentialsArePassedFromTheEnvironment() {
        SimulatorProperties properties = bind(Map.of(
                "KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
                "KAFKA_SASL_MECHANISM", "PLAIN",
                "KAFKA_SASL_JAAS_CONFIG", "jaas-line",
                "SIMULATOR_KAFKA_PROPERTIES_CLIENT_DNS_LOOKUP", "use_all_dns_ips"));

        Properties admin = StreamsProperties.forAdmin(properties.kafka());

        assertThat(admin)
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "PLAIN")
                .containsEntry("sasl.jaas.config", "jaas-line")
                .containsEntry("client.dns.lookup", "use_all_dns_ips");
        assertThat(StreamsProperties.forStreams(properties.kafka(), Duration.ofMillis(50))).containsAllEntriesOf(admin);
    }

    @Test
    void anExplicitPollIntervalIsKept() {
        SimulatorProperties properties = bind(Map.of("SIMULATOR_KAFKA_PROPERTIES_POLL_MS", "20"));

        assertThat(StreamsProperties.forStreams(properties.kafka(), properties.driving().slotInterval()))
                .containsEntry(StreamsConfig.POLL_MS_CONFIG, "20");
    }

    private static SimulatorProperties bind(Map<String, Object> environment) {
        SpringApplication application = new SpringApplication(Binding.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setDefaultProperties(SimulatorApplication.defaultProperties());
        application.setEnvironment(new TestEnvironment(environment));
        try (ConfigurableApplicationContext context = application.run()) {
            return context.getBean(SimulatorProperties.class);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(SimulatorProperties.class)
    static class Binding {
    }
}
