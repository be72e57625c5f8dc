package io.codedelivery.bench.kafka;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Group-less consumers that read every partition of a topic from its end, as the backend's broadcast
 * consumer does, or from its beginning.
 */
public final class KafkaClients {

    private static final Duration TOPIC_WAIT = Duration.ofSeconds(60);

    private KafkaClients() {
    }

    public static KafkaConsumer<String, byte[]> consumerAtEnd(String bootstrap, String topic, String isolation) {
        KafkaConsumer<String, byte[]> consumer = consumer(bootstrap, topic, isolation, "true");
        List<TopicPartition> partitions = partitionsOf(consumer, topic);
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        return consumer;
    }

    /** A consumer of every partition from the beginning, or null when the topic does not exist after {@code wait}. */
    static KafkaConsumer<String, byte[]> consumerAtBeginning(String bootstrap, String topic, String isolation, Duration wait) {
        KafkaConsumer<String, byte[]> consumer = consumer(bootstrap, topic, isolation, "false");
        var infos = consumer.partitionsFor(topic, wait);
        if (infos == null || infos.isEmpty()) {
            consumer.close();
            return null;
        }
        List<TopicPartition> partitions = infos.stream().map(i -> new TopicPartition(topic, i.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return consumer;
    }

    private static KafkaConsumer<String, byte[]> consumer(String bootstrap, String topic, String isolation, String autoCreate) {
        Properties props = new Properties();
        props.putAll(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000",
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, autoCreate,
                ConsumerConfig.CLIENT_ID_CONFIG, "codedelivery-bench-" + topic));
        return new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
    }

    private static List<TopicPartition> partitionsOf(KafkaConsumer<String, byte[]> consumer, String topic) {
        long deadline = System.nanoTime() + TOPIC_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            var infos = consumer.partitionsFor(topic, Duration.ofSeconds(5));
            if (infos != null && !infos.isEmpty()) {
                return infos.stream().map(i -> new TopicPartition(topic, i.partition())).toList();
            }
            Thread.onSpinWait();
        }
        throw new IllegalStateException("topic " + topic + " did not appear within " + TOPIC_WAIT);
    }
}
