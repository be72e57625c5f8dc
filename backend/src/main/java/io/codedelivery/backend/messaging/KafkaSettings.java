package io.codedelivery.backend.messaging;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the backend reaches Kafka. Security settings are empty locally and come from the
 * environment for a managed Kafka (Confluent Cloud: SASL_SSL, PLAIN, an API key in the JAAS config).
 */
@ConfigurationProperties("codedelivery.kafka")
public record KafkaSettings(
        String bootstrapServers, int partitions, short replicationFactor,
        String securityProtocol, String saslMechanism, String saslJaasConfig) {

    public Map<String, Object> clientProperties() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("bootstrap.servers", bootstrapServers);
        putIfSet(properties, "security.protocol", securityProtocol);
        putIfSet(properties, "sasl.mechanism", saslMechanism);
        putIfSet(properties, "sasl.jaas.config", saslJaasConfig);
        return properties;
    }

    private static void putIfSet(Map<String, Object> properties, String key, String value) {
        if (value != null && !value.isBlank()) {
            properties.put(key, value);
        }
    }
}
