package io.codedelivery.backend.messaging;

import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MessagingConfiguration {

    /** One producer for the whole process: acks=all with idempotence, so a retry never duplicates. */
    @Bean(destroyMethod = "close")
    KafkaProducer<String, byte[]> kafkaProducer(KafkaSettings settings) {
        TopicBootstrap.ensureTopics(settings);
        Map<String, Object> properties = settings.clientProperties();
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        properties.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        properties.put(ProducerConfig.CLIENT_ID_CONFIG, "codedelivery-backend");
        return new KafkaProducer<>(properties, new StringSerializer(), new ByteArraySerializer());
    }

    @Bean
    EventPublisher eventPublisher(KafkaProducer<String, byte[]> producer) {
        return new EventPublisher(producer);
    }

    @Bean
    DeadLetters deadLetters(KafkaProducer<String, byte[]> producer) {
        return new DeadLetters(producer);
    }
}
