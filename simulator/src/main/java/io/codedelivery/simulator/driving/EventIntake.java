package io.codedelivery.simulator.driving;

import io.codedelivery.contracts.DeadLetter;
import io.codedelivery.contracts.DeliveryEvent;
import io.codedelivery.contracts.Events;
import io.codedelivery.contracts.MalformedEventException;
import io.codedelivery.contracts.Reasons;
import io.codedelivery.contracts.Topic;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the events of one topic (delivery requests, or cancellations) by the topic's rules. An event
 * that passes goes on to the driver; anything else is parked on the topic's dead-letter topic as a
 * {@link DeadLetter}: bytes untouched while small, by reference when not, with a bounded reason and
 * its source.
 */
final class EventIntake<V extends DeliveryEvent> implements Processor<byte[], byte[], Object, Object> {
    private static final Logger log = LoggerFactory.getLogger(EventIntake.class);

    private final Topic<String, V> topic;
    private final String deadLetterSink;
    private ProcessorContext<Object, Object> context;

    EventIntake(Topic<String, V> topic, String deadLetterSink) {
        this.topic = topic;
        this.deadLetterSink = deadLetterSink;
    }

    @Override
    public void init(ProcessorContext<Object, Object> context) {
        this.context = context;
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
        V event;
        try {
            event = decode(record);
        } catch (MalformedEventException e) {
            deadLetter(record, e.getMessage());
            return;
        }
        context.forward(new Record<Object, Object>(event.deliveryId(), event, record.timestamp()),
                SimulatorTopology.DRIVER);
    }

    private V decode(Record<byte[], byte[]> record) {
        String key = record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
        return Events.read(topic, key, record.value());
    }

    private void deadLetter(Record<byte[], byte[]> record, String reason) {
        var meta = context.recordMetadata();
        String source = meta.map(m -> m.topic()).orElse(topic.name());
        int partition = meta.map(m -> m.partition()).orElse(-1);
        long offset = meta.map(m -> m.offset()).orElse(-1L);
        log.warn("Dead-lettering a record of {}-{}@{}: {}", source, partition, offset, Reasons.bounded(reason));
        List<DeadLetter.Header> original = new ArrayList<>();
        record.headers().forEach(h -> original.add(new DeadLetter.Header(h.key(), h.value())));
        DeadLetter letter = DeadLetter.of(source, partition, offset, record.key(), record.value(), original, reason);
        Headers headers = new RecordHeaders();
        letter.headers().forEach(h -> headers.add(h.name(), h.value()));
        context.forward(new Record<Object, Object>(letter.key(), letter.value(), record.timestamp(), headers),
                deadLetterSink);
    }
}
