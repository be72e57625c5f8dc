package io.codedelivery.backend.messaging;

import io.codedelivery.contracts.JsonCodec;
import io.codedelivery.contracts.MalformedEventException;
import io.codedelivery.contracts.Topic;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
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
 * Partitions added later are picked up within {@code partitionCheckInterval}.
 */
public class BroadcastConsumer<V> extends PollingLoop {

    private static final Logger log = LoggerFactory.getLogger(BroadcastConsumer.class);

    private final KafkaSettings settings;
    private final Topic<String, V> topic;
    private final Duration replayWindow;
    private final Clock clock;
    private final Consumer<List<V>> handler;
    private final Duration partitionCheckInterval;
    private Instant nextPartitionCheck;

    public BroadcastConsumer(KafkaSettings settings, Topic<String, V> topic, Duration replayWindow,
            Duration partitionCheckInterval, Clock clock, Consumer<List<V>> handler) {
        super("broadcast-" + topic.name());
        this.settings = settings;
        this.topic = topic;
        this.replayWindow = replayWindow;
        this.partitionCheckInterval = partitionCheckInterval;
        this.clock = clock;
        this.handler = handler;
    }

    @Override
    protected KafkaConsumer<String, byte[]> open() {
        // partitionsFor answers from cached metadata; refresh it as often as we look for new partitions
        KafkaConsumer<String, byte[]> consumer = consumer(settings, "read_uncommitted", "latest",
                Map.of(ConsumerConfig.METADATA_MAX_AGE_CONFIG, (int) partitionCheckInterval.toMillis()));
        List<TopicPartition> partitions = partitionsOf(consumer);
        consumer.assign(partitions);
        nextPartitionCheck = clock.instant().plus(partitionCheckInterval);
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

    private List<TopicPartition> partitionsOf(KafkaConsumer<String, byte[]> consumer) {
        return consumer.partitionsFor(topic.name()).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
    }

    /** Partitions added to the topic (to scale the simulator out) are read from their start. */
    private void followNewPartitions(KafkaConsumer<String, byte[]> consumer) {
        if (clock.instant().isBefore(nextPartitionCheck)) {
            return;
        }
        nextPartitionCheck = clock.instant().plus(partitionCheckInterval);
        List<TopicPartition> added = partitionsOf(consumer).stream()
                .filter(partition -> !consumer.assignment().contains(partition)).toList();
        if (!added.isEmpty()) {
            List<TopicPartition> all = new ArrayList<>(consumer.assignment());
            all.addAll(added);
            consumer.assign(all);
            consumer.seekToBeginning(added);
            log.info("now also reading {}", added);
        }
    }

    @Override
    protected void round(KafkaConsumer<String, byte[]> consumer, Duration pollTimeout) {
        followNewPartitions(consumer);
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
