package io.codedelivery.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.codedelivery.devstack.SharedInfrastructure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against a real broker: what is missing is created as configured, what exists is left and checked. */
class TopicBootstrapIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Map<String, Object> client = Map.of("bootstrap.servers",
            SharedInfrastructure.get().kafkaBootstrapServers());
    private Admin admin;

    @BeforeEach
    void noTopicsYet() throws Exception {
        admin = Admin.create(client);
        List<String> present = admin.listTopics().names().get().stream().filter(TopicBootstrap.TOPICS::contains).toList();
        admin.deleteTopics(present).all().get();
        await().atMost(Duration.ofSeconds(30)).until(() -> admin.listTopics().names().get().stream()
                .noneMatch(TopicBootstrap.TOPICS::contains));
    }

    @AfterEach
    void closeAdmin() {
        admin.close();
    }

    @Test
    void missingTopicsAreCreatedWithTheConfiguredPartitionsReplicationAndCompaction() throws Exception {
        List<TopicDrift> drifts = TopicBootstrap.ensureTopics(client, new TopicLayout(3, (short) 1), TIMEOUT);

        assertThat(drifts).isEmpty();
        Map<String, TopicDescription> topics = described();
        assertThat(topics).containsOnlyKeys(TopicBootstrap.TOPICS);
        assertThat(topics.values()).allSatisfy(topic -> assertThat(topic.partitions()).hasSize(3));
        assertThat(cleanupPolicy("delivery.status")).isEqualTo("compact");
        assertThat(cleanupPolicy("viewer.sessions")).isEqualTo("compact");
        assertThat(cleanupPolicy("route.new-position")).isEqualTo("delete");
    }

    @Test
    void existingTopicsAreLeftAsTheyAreAndFewerPartitionsOrAnotherCleanupPolicyIsReported() throws Exception {
        admin.createTopics(List.of(new NewTopic("route.new-position", 2, (short) 1),
                new NewTopic("delivery.status", 4, (short) 1))).all().get();
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> admin.describeTopics(
                List.of("route.new-position", "delivery.status")).allTopicNames().get(), all -> true);

        List<TopicDrift> drifts = TopicBootstrap.ensureTopics(client, new TopicLayout(4, (short) 1), TIMEOUT);

        assertThat(drifts).containsExactlyInAnyOrder(
                new TopicDrift("route.new-position", "partitions", "4", "2"),
                new TopicDrift("delivery.status", "cleanup.policy", "compact", "delete"));
        Map<String, TopicDescription> topics = described();
        assertThat(topics.get("route.new-position").partitions()).hasSize(2);
        assertThat(topics.get("route.new-direction").partitions()).hasSize(4);
        assertThat(cleanupPolicy("delivery.status")).isEqualTo("delete");
    }

    @Test
    void aTopicWithMorePartitionsThanConfiguredIsNoDrift() throws Exception {
        TopicBootstrap.ensureTopics(client, new TopicLayout(6, (short) 1), TIMEOUT);

        assertThat(TopicBootstrap.ensureTopics(client, new TopicLayout(3, (short) 1), TIMEOUT)).isEmpty();
    }

    @Test
    void severalServicesStartingAtOnceAllSucceedAndEachTopicIsCreatedOnce() throws Exception {
        int creators = 4;
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<List<TopicDrift>>> runs = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(creators)) {
            for (int i = 0; i < creators; i++) {
                runs.add(CompletableFuture.supplyAsync(() -> {
                    awaitQuietly(start);
                    return TopicBootstrap.ensureTopics(client, new TopicLayout(3, (short) 1), TIMEOUT);
                }, pool));
            }
            start.countDown();
            for (CompletableFuture<List<TopicDrift>> run : runs) {
                assertThat(run.get()).isEmpty();
            }
        }
        assertThat(described().values())
                .allSatisfy(topic -> assertThat(topic.partitions()).hasSize(3));
    }

    /** Topic metadata reaches every part of the broker shortly after the creation: asked until it has. */
    private Map<String, TopicDescription> described() {
        return await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .until(() -> admin.describeTopics(TopicBootstrap.TOPICS).allTopicNames().get(), all -> true);
    }

    private String cleanupPolicy(String topic) throws Exception {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        return admin.describeConfigs(List.of(resource)).all().get().get(resource).get("cleanup.policy").value();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
