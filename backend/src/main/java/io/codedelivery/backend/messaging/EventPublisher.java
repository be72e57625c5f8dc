package io.codedelivery.backend.messaging;

import io.codedelivery.contracts.DeliveryEvent;
import io.codedelivery.contracts.Events;
import io.codedelivery.contracts.Topic;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;

/**
 * Publishes an event and returns once the broker has it (acks=all), or fails within the producer's
 * bounds. It refuses, before sending, an event its topic's readers would refuse.
 */
public class EventPublisher {

    private final KafkaProducer<String, byte[]> producer;
    private final long outcomeTimeoutMillis;

    public EventPublisher(KafkaProducer<String, byte[]> producer, long outcomeTimeoutMillis) {
        this.producer = producer;
        this.outcomeTimeoutMillis = outcomeTimeoutMillis;
    }

    /** @throws EventRefusedException if the event breaks its topic's rules; nothing was sent */
    public <V extends DeliveryEvent> void publish(Topic<String, V> topic, V event) {
        byte[] value;
        try {
            value = Events.write(topic, event.deliveryId(), event);
        } catch (IllegalArgumentException e) {
            throw new EventRefusedException(e.getMessage());
        }
        try {
            producer.send(new ProducerRecord<>(topic.name(), event.deliveryId(), value))
                    .get(outcomeTimeoutMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishFailedException(topic.name(), e);
        } catch (ExecutionException | TimeoutException | KafkaException e) {
            throw new PublishFailedException(topic.name(), e);
        }
    }
}
