package io.codedelivery.backend.messaging;

import io.codedelivery.topics.TopicBootstrap;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MessagingConfiguration {

    private static final Duration TOPICS_TIMEOUT = Duration.ofSeconds(30);

    /**
     * One producer for the whole process: acks=all with idempotence, so a retry never duplicates;
     * every wait bounded, so a broker outage gives callers a definite failure, never a late success.
     */
    @Bean(destroyMethod = "close")
    KafkaProducer<String, byte[]> kafkaProducer(KafkaSettings settings) {
        TopicBootstrap.ensureTopics(settings.clientProperties(), settings.topicLayout(), TOPICS_TIMEOUT);
        Map<String, Object> properties = settings.clientProperties();
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        properties.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) settings.metadataTimeout().toMillis());
        int sendTimeout = (int) settings.sendTimeout().toMillis();
        properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, sendTimeout);
        properties.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.max(1000, sendTimeout - 10));
        properties.put(ProducerConfig.CLIENT_ID_CONFIG, "codedelivery-backend");
        return new KafkaProducer<>(properties, new StringSerializer(), new ByteArraySerializer());
    }

    @Bean
    EventPublisher eventPublisher(KafkaProducer<String, byte[]> producer, KafkaSettings settings) {
        return new EventPublisher(producer, settings.outcomeTimeoutMillis());
    }

    @Bean
    KafkaReachability kafka(KafkaSettings settings, Clock clock) {
        Map<String, Object> properties = settings.clientProperties();
        properties.put(AdminClientConfig.CLIENT_ID_CONFIG, "codedelivery-backend-health");
        return new KafkaReachability(Admin.create(properties), Duration.ofSeconds(3), clock);
    }

    @Bean
    ConsumersHealthIndicator consumers(List<PollingLoop> loops, Clock clock) {
        return new ConsumersHealthIndicator(loops, Duration.ofSeconds(60), clock);
    }

    @Bean
    ConsumerThreadsHealthIndicator consumerThreads(List<PollingLoop> loops) {
        return new ConsumerThreadsHealthIndicator(loops);
    }

    @Bean
    DeadLetters deadLetters(KafkaProducer<String, byte[]> producer, KafkaSettings settings, MeterRegistry meters) {
        return new DeadLetters(producer, settings.outcomeTimeoutMillis(), meters);
    }
}
