package io.codedelivery.e2e.chaos;

import io.codedelivery.contracts.Events;
import io.codedelivery.contracts.PositionReported;
import io.codedelivery.contracts.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * What the simulator committed to {@code route.new-position}, read as the backend's work consumer
 * reads it (read_committed): the ground truth a viewer's positions are compared with.
 */
public final class PositionTopic {

    private static final Duration READ_BOUND = Duration.ofSeconds(60);

    /** One delivery's committed positions, in topic order: each one's seq and, at the same index, its time. */
    public record Committed(List<Long> seqs, List<Instant> emittedAt, long finishedCount, Instant lastEmittedAt) {

        public long last() {
            return seqs.isEmpty() ? -1 : seqs.getLast();
        }
    }

    private PositionTopic() {
    }

    /** Reads the topic from its beginning up to its last stable offset, keeping the given deliveries. */
    public static Map<String, Committed> read(String bootstrapServers, Set<String> deliveryIds) {
        Map<String, List<Long>> seqs = new HashMap<>();
        Map<String, Long> finished = new HashMap<>();
        Map<String, List<Instant>> emitted = new HashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", bootstrapServers,
                "isolation.level", "read_committed", "enable.auto.commit", false),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.POSITION_REPORTED.name()).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + READ_BOUND.toNanos();
            while (!reached(consumer, end)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read route.new-position to " + end + " within " + READ_BOUND);
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (deliveryIds.contains(record.key())) {
                        PositionReported position = Events.read(Topics.POSITION_REPORTED, record.key(), record.value());
                        seqs.computeIfAbsent(record.key(), id -> new ArrayList<>()).add(position.seq());
                        finished.merge(record.key(), position.finished() ? 1L : 0L, Long::sum);
                        emitted.computeIfAbsent(record.key(), id -> new ArrayList<>()).add(position.emittedAt());
                    }
                }
            }
        }
        Map<String, Committed> committed = new HashMap<>();
        for (String id : deliveryIds) {
            List<Instant> times = List.copyOf(emitted.getOrDefault(id, List.of()));
            committed.put(id, new Committed(List.copyOf(seqs.getOrDefault(id, List.of())), times,
                    finished.getOrDefault(id, 0L), times.isEmpty() ? null : times.getLast()));
        }
        return committed;
    }

    private static boolean reached(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> end) {
        Collection<TopicPartition> partitions = end.keySet();
        return partitions.stream().allMatch(partition -> consumer.position(partition) >= end.get(partition));
    }
}
