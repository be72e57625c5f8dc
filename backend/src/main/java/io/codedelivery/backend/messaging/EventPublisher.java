package io.codedelivery.backend.messaging;

import io.codedelivery.contracts.JsonCodec;
import io.codedelivery.contracts.Topic;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;

/** Publishes an event and returns once the broker has it (acks=all), or fails. */
public class EventPublisher {

    private static final long ACK_TIMEOUT_SECONDS = 10;

    private final KafkaProducer<String, byte[]> producer;

    public EventPublisher(KafkaProducer<String, byte[]> producer) {
        this.producer = producer;
    }

    public <V> void publish(Topic<String, V> topic, String key, V event) {
        try {
            producer.send(new ProducerRecord<>(topic.name(), key, JsonCodec.encode(event)))
                    .get(ACK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishFailedException(topic.name(), e);
        } catch (ExecutionException | TimeoutException | KafkaException e) {
            throw new PublishFailedException(topic.name(), e);
        }
    }
}
