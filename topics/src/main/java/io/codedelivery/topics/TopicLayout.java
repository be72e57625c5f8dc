package io.codedelivery.topics;

import io.codedelivery.contracts.Topics;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * How every topic of the system is laid out, the same for each service that creates them: the
 * partitions and replication factor come from configuration ({@value #PARTITIONS_VARIABLE},
 * {@value #REPLICATION_FACTOR_VARIABLE}, the ConfigMap {@code codedelivery-kafka} in Kubernetes),
 * each topic's own settings (compaction) from {@link Topics#configOf(String)}.
 */
public record TopicLayout(int partitions, short replicationFactor) {

    public static final String PARTITIONS_VARIABLE = "KAFKA_TOPIC_PARTITIONS";
    public static final String REPLICATION_FACTOR_VARIABLE = "KAFKA_REPLICATION_FACTOR";
    static final String CLEANUP_POLICY = "cleanup.policy";

    public TopicLayout {
        if (partitions < 1) {
            throw new IllegalArgumentException(PARTITIONS_VARIABLE + " must be at least 1, was " + partitions);
        }
        if (replicationFactor < 1) {
            throw new IllegalArgumentException(REPLICATION_FACTOR_VARIABLE + " must be at least 1, was " + replicationFactor);
        }
    }

    NewTopic newTopic(String name) {
        return new NewTopic(name, partitions, replicationFactor).configs(settingsOf(name));
    }

    static Map<String, String> settingsOf(String name) {
        return Topics.configOf(name);
    }

    /** The cleanup policy a topic should have: compaction for the changelog topics, Kafka's default otherwise. */
    static String cleanupPolicyOf(String name) {
        return settingsOf(name).getOrDefault(CLEANUP_POLICY, "delete");
    }
}
