package io.codedelivery.backend.messaging;

import io.codedelivery.topics.TopicLayout;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the backend reaches Kafka. Security settings are empty locally and come from the
 * environment for a managed Kafka (Confluent Cloud: SASL_SSL, PLAIN, an API key in the JAAS config).
 * {@code metadataTimeout} bounds how long a send may wait to learn where to go (the producer's
 * {@code max.block.ms}); {@code sendTimeout} bounds the whole send, retries included
 * ({@code delivery.timeout.ms}), so a request waiting for Kafka always gets a definite answer in time.
 */
@ConfigurationProperties("codedelivery.kafka")
public record KafkaSettings(
        String bootstrapServers, int partitions, short replicationFactor,
        String securityProtocol, String saslMechanism, String saslJaasConfig,
        @DefaultValue("5s") Duration metadataTimeout, @DefaultValue("10s") Duration sendTimeout) {

    @ConstructorBinding
    public KafkaSettings {
    }

    public KafkaSettings(String bootstrapServers, int partitions, short replicationFactor,
            String securityProtocol, String saslMechanism, String saslJaasConfig) {
        this(bootstrapServers, partitions, replicationFactor, securityProtocol, saslMechanism, saslJaasConfig,
                Duration.ofSeconds(5), Duration.ofSeconds(10));
    }

    public Map<String, Object> clientProperties() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("bootstrap.servers", bootstrapServers);
        putIfSet(properties, "security.protocol", securityProtocol);
        putIfSet(properties, "sasl.mechanism", saslMechanism);
        putIfSet(properties, "sasl.jaas.config", saslJaasConfig);
        return properties;
    }

    /** The partitions and replication factor every topic is created with (KAFKA_TOPIC_PARTITIONS, KAFKA_REPLICATION_FACTOR). */
    public TopicLayout topicLayout() {
        return new TopicLayout(partitions, replicationFactor);
    }

    /** How long to wait for a send's outcome: the producer settles it within this, as success or failure. */
    long outcomeTimeoutMillis() {
        return metadataTimeout.plus(sendTimeout).plusSeconds(2).toMillis();
    }

    private static void putIfSet(Map<String, Object> properties, String key, String value) {
        if (value != null && !value.isBlank()) {
            properties.put(key, value);
        }
    }
}
