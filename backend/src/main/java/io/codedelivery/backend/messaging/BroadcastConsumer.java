package io.codedelivery.backend.messaging;

import io.codedelivery.contracts.Topic;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The <em>broadcast</em> kind of consumer: every replica reads every partition (no group), so each
 * replica sees every record and can serve its own viewers. It starts a replay window back to learn
 * what is in flight, tells its listener which records were replayed and when it has caught up, and
 * reads uncommitted records for latency (the listener drops what it has already seen). Partitions
 * added later are picked up within {@code partitionCheckInterval}.
 */
public class BroadcastConsumer extends PollingLoop {

    private static final Logger log = LoggerFactory.getLogger(BroadcastConsumer.class);

    private final KafkaSettings settings;
    private final Topic<String, ?> topic;
    private final Duration replayWindow;
    private final Duration partitionCheckInterval;
    private final Clock clock;
    private final BroadcastListener listener;
    private ReplayProgress replay;
    private Instant nextPartitionCheck;

    public BroadcastConsumer(KafkaSettings settings, Topic<String, ?> topic, Duration replayWindow,
            Duration partitionCheckInterval, Clock clock, MeterRegistry meters, BroadcastListener listener) {
        super("broadcast-" + topic.name(), meters, clock);
        this.settings = settings;
        this.topic = topic;
        this.replayWindow = replayWindow;
        this.partitionCheckInterval = partitionCheckInterval;
        this.clock = clock;
        this.listener = listener;
    }

    @Override
    protected KafkaConsumer<String, byte[]> open() {
        // partitionsFor answers from cached metadata; refresh it as often as we look for new partitions
        KafkaConsumer<String, byte[]> consumer = consumer(settings, "read_uncommitted", "latest",
                Map.of(ConsumerConfig.METADATA_MAX_AGE_CONFIG, (int) partitionCheckInterval.toMillis(),
                        ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000));
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
        replay = ReplayProgress.upTo(consumer.endOffsets(partitions));
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
    protected boolean round(KafkaConsumer<String, byte[]> consumer, Duration pollTimeout) {
        followNewPartitions(consumer);
        ConsumerRecords<String, byte[]> records = consumer.poll(pollTimeout);
        if (replay.done()) {
            listener.onRecords(raw(records, record -> true), false);
            return !records.isEmpty();
        }
        listener.onRecords(raw(records, replay::isReplayed), true);
        listener.onRecords(raw(records, record -> !replay.isReplayed(record)), false);
        if (replay.caughtUp(consumer)) {
            log.info("replay of the last {} caught up", replayWindow);
            listener.onCaughtUp();
        }
        return !records.isEmpty();
    }

    private static List<RawRecord> raw(ConsumerRecords<String, byte[]> records,
            Predicate<ConsumerRecord<String, byte[]>> which) {
        List<RawRecord> raw = new ArrayList<>(records.count());
        for (ConsumerRecord<String, byte[]> record : records) {
            if (which.test(record)) {
                raw.add(new RawRecord(record.key(), record.value(),
                        record.topic() + "-" + record.partition() + "@" + record.offset()));
            }
        }
        return raw;
    }
}
