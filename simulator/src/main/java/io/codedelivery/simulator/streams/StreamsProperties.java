package io.codedelivery.simulator.streams;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

/** Turns {@link SimulatorProperties.Kafka} into the properties of the Kafka clients. */
final class StreamsProperties {
    /** The consumer's own switch (ConsumerConfig keeps the constant package-private). */
    static final String LEAVE_GROUP_ON_CLOSE = "internal.leave.group.on.close";

    private StreamsProperties() {
    }

    /**
     * A stream thread waits up to {@code poll.ms} for records before it looks at the wall clock again,
     * so unless set explicitly it is the driver's slot interval, or slots would be driven in bursts.
     * Kafka Streams lets its producer linger 100 ms to fill batches; a slot's positions are few, so
     * they would wait that long on their way to the viewers (the live path reads uncommitted).
     */
    static Properties forStreams(SimulatorProperties.Kafka kafka, Duration slotInterval) {
        Properties props = forAdmin(kafka);
        props.putIfAbsent(StreamsConfig.POLL_MS_CONFIG, Long.toString(slotInterval.toMillis()));
        props.putIfAbsent(StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), "5");
        // an instance killed without leaving its group holds its deliveries until its session expires:
        // 10 s instead of the default 45 s, so another instance (or its own restart) drives them sooner
        props.putIfAbsent(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), "10000");
        props.putIfAbsent(StreamsConfig.consumerPrefix(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG), "3000");
        // Kafka Streams 4.1 keeps a stopping member in its group (the consumer's internal.leave.group.on.close
        // is false), and CloseOptions.leaveGroup(true) only removes static members: a restarted or new
        // instance would wait the session out. Leaving on close hands the tasks over at once.
        props.putIfAbsent(StreamsConfig.mainConsumerPrefix(LEAVE_GROUP_ON_CLOSE), "true");
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, kafka.applicationId());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, Short.toString(kafka.replicationFactor()));
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir(kafka));
        return props;
    }

    static Properties forAdmin(SimulatorProperties.Kafka kafka) {
        Properties props = new Properties();
        for (Map.Entry<String, String> extra : kafka.properties().entrySet()) {
            if (extra.getValue() != null && !extra.getValue().isBlank()) {
                props.put(extra.getKey(), extra.getValue());
            }
        }
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        return props;
    }

    /** The admin client's properties as the shared {@link io.codedelivery.topics.TopicBootstrap} takes them. */
    static Map<String, Object> forTopicAdmin(SimulatorProperties.Kafka kafka) {
        Map<String, Object> props = new HashMap<>();
        forAdmin(kafka).forEach((key, value) -> props.put((String) key, value));
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, kafka.applicationId() + "-topics");
        return props;
    }

    private static String stateDir(SimulatorProperties.Kafka kafka) {
        if (kafka.stateDir() != null && !kafka.stateDir().isBlank()) {
            return kafka.stateDir();
        }
        return Path.of(System.getProperty("java.io.tmpdir"), "kafka-streams").toString();
    }
}
