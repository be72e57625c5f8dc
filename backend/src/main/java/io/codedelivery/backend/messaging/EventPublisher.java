package io.codedelivery.backend.messaging;

import io.codedelivery.contracts.Events;
import io.codedelivery.contracts.KeyedEvent;
import io.codedelivery.contracts.Topic;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;

/**
 * Publishes an event and returns once the broker has it (acks=all), or fails within the producer's
 * bounds. It refuses, before sending, an event its topic's readers would refuse.
 */
public class EventPublisher {

    private final Producer<String, byte[]> producer;
    private final long outcomeTimeoutMillis;

    public EventPublisher(Producer<String, byte[]> producer, long outcomeTimeoutMillis) {
        this.producer = producer;
        this.outcomeTimeoutMillis = outcomeTimeoutMillis;
    }

    /** @throws EventRefusedException if the event breaks its topic's rules; nothing was sent */
    public <V extends KeyedEvent> void publish(Topic<String, V> topic, V event) {
        ProducerRecord<String, byte[]> record = recordOf(topic, event);
        try {
            producer.send(record).get(outcomeTimeoutMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishFailedException(topic.name(), e);
        } catch (ExecutionException | TimeoutException | KafkaException e) {
            throw new PublishFailedException(topic.name(), e);
        }
    }

    /**
     * Publishes events in order and returns once the broker has all of them; on a failure some may
     * be on Kafka and some not, so the caller repeats from the first it cannot be sure of.
     *
     * @throws EventRefusedException if any event breaks its topic's rules; nothing was sent
     */
    public <V extends KeyedEvent> void publishAll(Topic<String, V> topic, List<V> events) {
        List<ProducerRecord<String, byte[]>> records = events.stream().map(event -> recordOf(topic, event)).toList();
        List<Future<RecordMetadata>> sent = new ArrayList<>(records.size());
        try {
            for (ProducerRecord<String, byte[]> record : records) {
                sent.add(producer.send(record));
            }
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(outcomeTimeoutMillis);
            for (Future<RecordMetadata> outcome : sent) {
                outcome.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishFailedException(topic.name(), e);
        } catch (ExecutionException | TimeoutException | KafkaException e) {
            throw new PublishFailedException(topic.name(), e);
        }
    }

    /**
     * Sends without waiting for the broker's answer, for records whose next version repairs a lost
     * one; a failure, now or later, goes to {@code onFailure}. May block while the producer has no
     * metadata for the topic (up to its {@code max.block.ms}), so call it from a thread of its own.
     *
     * @throws EventRefusedException if the event breaks its topic's rules; nothing was sent
     */
    public <V extends KeyedEvent> void send(Topic<String, V> topic, V event, Consumer<Exception> onFailure) {
        ProducerRecord<String, byte[]> record = recordOf(topic, event);
        try {
            producer.send(record, (metadata, failure) -> {
                if (failure != null) {
                    onFailure.accept(failure);
                }
            });
        } catch (KafkaException e) {
            onFailure.accept(e);
        }
    }

    private static <V extends KeyedEvent> ProducerRecord<String, byte[]> recordOf(Topic<String, V> topic, V event) {
        try {
            return new ProducerRecord<>(topic.name(), event.key(), Events.write(topic, event.key(), event));
        } catch (IllegalArgumentException e) {
            throw new EventRefusedException(e.getMessage());
        }
    }
}
