package io.codedelivery.bench.kafka;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/**
 * How many records a consumer reads from a topic, from its beginning to its current end: with
 * read_committed, the committed records only (transaction markers and aborted records are not
 * returned, and the end is the last stable offset). A topic that does not exist has 0.
 */
public final class CommittedCount {

    private static final Duration TOPIC_WAIT = Duration.ofSeconds(5);
    private static final Duration LONGEST = Duration.ofMinutes(3);

    private CommittedCount() {
    }

    public static long of(String bootstrap, String topic, String isolation) {
        KafkaConsumer<String, byte[]> consumer = KafkaClients.consumerAtBeginning(bootstrap, topic, isolation, TOPIC_WAIT);
        if (consumer == null) {
            return 0;
        }
        try (consumer) {
            Map<TopicPartition, Long> end = consumer.endOffsets(consumer.assignment());
            Map<TopicPartition, Long> left = new HashMap<>(end);
            long count = 0;
            long deadline = System.nanoTime() + LONGEST.toNanos();
            while (!left.isEmpty()) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic + " to its end within " + LONGEST);
                }
                for (var record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                        count++;
                    }
                }
                left.entrySet().removeIf(e -> consumer.position(e.getKey()) >= e.getValue());
            }
            return count;
        }
    }
}
