package io.codedelivery.backend.messaging;

import io.codedelivery.contracts.DeadLetter;
import io.codedelivery.contracts.Reasons;
import io.codedelivery.contracts.Topic;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parks a record that cannot be processed on its topic's dead-letter topic as a {@link DeadLetter}:
 * the record itself while it is small, by reference when it is not, always with a bounded reason and
 * its source. Returns only once the broker has it, so the caller may then commit past the record.
 */
public class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private final KafkaProducer<String, byte[]> producer;
    private final long ackTimeoutMillis;
    private final MeterRegistry meters;

    DeadLetters(KafkaProducer<String, byte[]> producer, long ackTimeoutMillis, MeterRegistry meters) {
        this.producer = producer;
        this.ackTimeoutMillis = ackTimeoutMillis;
        this.meters = meters;
    }

    public void park(ConsumerRecord<String, byte[]> record, String reason) {
        byte[] key = record.key() == null ? null : record.key().getBytes(StandardCharsets.UTF_8);
        List<DeadLetter.Header> headers = StreamSupport.stream(record.headers().spliterator(), false)
                .map(h -> new DeadLetter.Header(h.key(), h.value()))
                .toList();
        DeadLetter letter = DeadLetter.of(record.topic(), record.partition(), record.offset(), key, record.value(),
                headers, reason);
        String target = Topic.deadLetterNameOf(record.topic());
        try {
            send(target, letter);
        } catch (RecordTooLargeException e) {
            letter = letter.byReferenceOnly(record.serializedValueSize());
            send(target, letter);
        }
        boolean copied = letter.headers().stream().noneMatch(h -> h.name().equals(DeadLetter.REFERENCE_HEADER));
        meters.counter("codedelivery.dead.letters", "topic", record.topic(), "copy", copied ? "whole" : "reference")
                .increment();
        log.warn("parked {}-{}@{} on {}: {}", record.topic(), record.partition(), record.offset(), target,
                Reasons.bounded(reason));
    }

    private void send(String target, DeadLetter letter) {
        String key = letter.key() == null ? null : new String(letter.key(), StandardCharsets.UTF_8);
        ProducerRecord<String, byte[]> parked = new ProducerRecord<>(target, null, key, letter.value());
        letter.headers().forEach(h -> parked.headers().add(h.name(), h.value()));
        try {
            producer.send(parked).get(ackTimeoutMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishFailedException(target, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RecordTooLargeException tooLarge) {
                throw tooLarge;
            }
            throw new PublishFailedException(target, e);
        } catch (TimeoutException e) {
            throw new PublishFailedException(target, e);
        }
    }
}
