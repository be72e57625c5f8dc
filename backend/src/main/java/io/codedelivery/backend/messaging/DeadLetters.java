package io.codedelivery.backend.messaging;

import io.codedelivery.contracts.Topic;
import io.codedelivery.contracts.Topics;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parks a record that cannot be processed on its topic's dead-letter topic, unchanged, with the
 * reason and the source topic in headers. Returns only once the broker has it, so the caller may
 * then commit past the record without losing it.
 */
public class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private final KafkaProducer<String, byte[]> producer;

    DeadLetters(KafkaProducer<String, byte[]> producer) {
        this.producer = producer;
    }

    public void park(ConsumerRecord<String, byte[]> record, String reason) {
        String target = Topic.deadLetterNameOf(record.topic());
        ProducerRecord<String, byte[]> parked = new ProducerRecord<>(target, null, record.key(), record.value());
        for (Header header : record.headers()) {
            parked.headers().add(header);
        }
        parked.headers().add(Topics.DEAD_LETTER_REASON_HEADER, reason.getBytes(StandardCharsets.UTF_8));
        parked.headers().add(Topics.DEAD_LETTER_SOURCE_HEADER,
                (record.topic() + "-" + record.partition() + "@" + record.offset()).getBytes(StandardCharsets.UTF_8));
        try {
            producer.send(parked).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishFailedException(target, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new PublishFailedException(target, e);
        }
        log.warn("parked {}-{}@{} on {}: {}", record.topic(), record.partition(), record.offset(), target, reason);
    }
}
