package io.codedelivery.backend.messaging;

import io.codedelivery.contracts.JsonCodec;
import io.codedelivery.contracts.MalformedEventException;
import io.codedelivery.contracts.Topic;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The <em>broadcast</em> kind of consumer: every replica reads every partition (no group), so each
 * replica sees every record and can serve its own viewers. It starts a short replay window back
 * to learn what is in flight, reads uncommitted records for latency (the handler drops what it
 * has already seen), and hands each poll's records to the handler as one batch. Records it cannot
 * read are skipped here; the work consumer of the same topic parks them on the dead-letter topic.
 */
public class BroadcastConsumer<V> extends PollingLoop {

    private static final Logger log = LoggerFactory.getLogger(BroadcastConsumer.class);

    private final KafkaSettings settings;
    private final Topic<String, V> topic;
    private final Duration replayWindow;
    private final Clock clock;
    private final Consumer<List<V>> handler;

    public BroadcastConsumer(KafkaSettings settings, Topic<String, V> topic, Duration replayWindow, Clock clock,
            Consumer<List<V>> handler) {
        super("broadcast-" + topic.name());
        this.settings = settings;
        this.topic = topic;
        this.replayWindow = replayWindow;
        this.clock = clock;
        this.handler = handler;
    }

    @Override
    protected KafkaConsumer<String, byte[]> open() {
        KafkaConsumer<String, byte[]> consumer = consumer(settings, "read_uncommitted", "latest", Map.of());
        List<TopicPartition> partitions = consumer.partitionsFor(topic.name()).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
        consumer.assign(partitions);
        long since = clock.instant().minus(replayWindow).toEpochMilli();
        Map<TopicPartition, OffsetAndTimestamp> offsets = consumer.offsetsForTimes(
                partitions.stream().collect(Collectors.toMap(p -> p, p -> since)));
        for (TopicPartition partition : partitions) {
            OffsetAndTimestamp offset = offsets.get(partition);
            if (offset == null) {
                consumer.seekToEnd(List.of(partition));
            } else {
                consumer.seek(partition, offset.offset());
            }
        }
        return consumer;
    }

    @Override
    protected void round(KafkaConsumer<String, byte[]> consumer, Duration pollTimeout) {
        var records = consumer.poll(pollTimeout);
        if (records.isEmpty()) {
            return;
        }
        List<V> batch = new ArrayList<>(records.count());
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                batch.add(JsonCodec.decode(record.value(), topic.valueType()));
            } catch (MalformedEventException e) {
                log.debug("skipping unreadable {}-{}@{}: {}", record.topic(), record.partition(), record.offset(),
                        e.getMessage());
            }
        }
        if (!batch.isEmpty()) {
            handler.accept(batch);
        }
    }
}
