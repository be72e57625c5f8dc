package io.codedelivery.backend.messaging;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/**
 * Where each partition ended when the replica started: a record before that offset was already on
 * the topic (replayed); the replay is over once the consumer has read up to every one of them.
 */
final class ReplayProgress {

    private final Map<TopicPartition, Long> endAtStart;
    private boolean done;

    private ReplayProgress(Map<TopicPartition, Long> endAtStart) {
        this.endAtStart = new HashMap<>(endAtStart);
    }

    static ReplayProgress upTo(Map<TopicPartition, Long> endOffsets) {
        return new ReplayProgress(endOffsets);
    }

    boolean done() {
        return done;
    }

    boolean isReplayed(ConsumerRecord<String, byte[]> record) {
        Long end = endAtStart.get(new TopicPartition(record.topic(), record.partition()));
        return end != null && record.offset() < end;
    }

    /** True once, when every partition's position has reached its end offset at start. */
    boolean caughtUp(KafkaConsumer<String, byte[]> consumer) {
        endAtStart.entrySet().removeIf(end -> consumer.position(end.getKey()) >= end.getValue());
        if (endAtStart.isEmpty()) {
            done = true;
        }
        return done;
    }
}
