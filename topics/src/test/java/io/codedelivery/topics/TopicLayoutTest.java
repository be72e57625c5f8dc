package io.codedelivery.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

class TopicLayoutTest {

    @Test
    void everyTopicIsCreatedWithTheConfiguredPartitionsAndReplicationAndTheChangelogsCompacted() {
        TopicLayout layout = new TopicLayout(12, (short) 3);

        NewTopic status = layout.newTopic("delivery.status");
        NewTopic positions = layout.newTopic("route.new-position");

        assertThat(status.numPartitions()).isEqualTo(12);
        assertThat(status.replicationFactor()).isEqualTo((short) 3);
        assertThat(status.configs()).containsEntry("cleanup.policy", "compact");
        assertThat(positions.configs()).doesNotContainKey("cleanup.policy");
        assertThat(TopicLayout.cleanupPolicyOf("route.new-position")).isEqualTo("delete");
        assertThat(layout.newTopic("audit.events").configs()).doesNotContainKey("cleanup.policy");
    }

    @Test
    void theSystemsTopicsAreTheEventTopicsAndTheirDeadLetterTopics() {
        assertThat(TopicBootstrap.TOPICS).containsExactlyInAnyOrder(
                "route.new-direction", "route.new-direction.dlq", "delivery.cancelled", "delivery.cancelled.dlq",
                "route.new-position", "route.new-position.dlq", "delivery.status", "delivery.status.dlq", "viewer.sessions",
                "viewer.sessions.dlq", "audit.events", "audit.events.dlq");
    }

    @Test
    void aLayoutWithoutPartitionsOrReplicasIsRefusedNamingTheVariable() {
        assertThatThrownBy(() -> new TopicLayout(0, (short) 1)).hasMessageContaining("KAFKA_TOPIC_PARTITIONS");
        assertThatThrownBy(() -> new TopicLayout(6, (short) 0)).hasMessageContaining("KAFKA_REPLICATION_FACTOR");
    }
}
