package io.codedelivery.backend.messaging;

import io.codedelivery.contracts.JsonCodec;
import io.codedelivery.contracts.MalformedEventException;
import io.codedelivery.contracts.Topic;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * The <em>work</em> kind of consumer: the replicas share one group, so each record is handled by
 * one of them. It reads committed records only, commits after handling a poll's records, parks
 * records it cannot read on the dead-letter topic, and on a failure rewinds to the last commit so
 * nothing is skipped. Handlers must be idempotent.
 */
public class WorkConsumer<V> extends PollingLoop {

    private final KafkaSettings settings;
    private final String groupId;
    private final Topic<String, V> topic;
    private final DeadLetters deadLetters;
    private final Consumer<V> handler;

    public WorkConsumer(KafkaSettings settings, String groupId, Topic<String, V> topic, DeadLetters deadLetters,
            MeterRegistry meters, Consumer<V> handler) {
        super(groupId, meters);
        this.settings = settings;
        this.groupId = groupId;
        this.topic = topic;
        this.deadLetters = deadLetters;
        this.handler = handler;
    }

    @Override
    protected KafkaConsumer<String, byte[]> open() {
        KafkaConsumer<String, byte[]> consumer = consumer(settings, "read_committed", "earliest",
                Map.of(ConsumerConfig.GROUP_ID_CONFIG, groupId));
        consumer.subscribe(List.of(topic.name()));
        return consumer;
    }

    @Override
    protected void round(KafkaConsumer<String, byte[]> consumer, Duration pollTimeout) {
        var records = consumer.poll(pollTimeout);
        if (records.isEmpty()) {
            return;
        }
        for (ConsumerRecord<String, byte[]> record : records) {
            handle(record);
        }
        consumer.commitSync();
    }

    private void handle(ConsumerRecord<String, byte[]> record) {
        V event;
        try {
            event = JsonCodec.decode(record.value(), topic.valueType());
        } catch (MalformedEventException e) {
            deadLetters.park(record, e.getMessage());
            return;
        }
        handler.accept(event);
    }

    @Override
    protected void recover(KafkaConsumer<String, byte[]> consumer) {
        Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(consumer.assignment());
        for (TopicPartition partition : consumer.assignment()) {
            OffsetAndMetadata offset = committed.get(partition);
            if (offset == null) {
                consumer.seekToBeginning(List.of(partition));
            } else {
                consumer.seek(partition, offset.offset());
            }
        }
    }
}
