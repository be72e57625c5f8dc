package io.codedelivery.simulator.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.CreateTopicsOptions;
import org.apache.kafka.clients.admin.CreateTopicsResult;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.internals.KafkaFutureImpl;
import org.junit.jupiter.api.Test;

class TopicBootstrapTest {
    private final List<NewTopic> requested = new ArrayList<>();
    private Integer requestTimeoutMs;

    @Test
    void createsInputOutputAndDeadLetterTopicsWithTheGivenLayout() {
        new TopicBootstrap(admin(Map.of()), Duration.ofSeconds(1)).ensureTopics(6, (short) 3);

        assertThat(requested).extracting(NewTopic::name).containsExactlyInAnyOrder(
                "route.new-direction", "route.new-direction.dlq", "route.new-position", "route.new-position.dlq",
                "delivery.status", "delivery.status.dlq", "viewer.sessions", "viewer.sessions.dlq");
        assertThat(requested).filteredOn(topic -> topic.name().equals("delivery.status")).singleElement()
                .satisfies(topic -> assertThat(topic.configs()).containsEntry("cleanup.policy", "compact"));
        assertThat(requested).allSatisfy(topic -> {
            assertThat(topic.numPartitions()).isEqualTo(6);
            assertThat(topic.replicationFactor()).isEqualTo((short) 3);
        });
        assertThat(requestTimeoutMs).isEqualTo(1_000);
    }

    @Test
    void topicsThatAlreadyExistAreLeftAlone() {
        Admin admin = admin(Map.of("route.new-position", new TopicExistsException("exists")));

        new TopicBootstrap(admin, Duration.ofSeconds(1)).ensureTopics(6, (short) 1);

        assertThat(requested).hasSize(8);
    }

    @Test
    void anyOtherFailureStopsTheStart() {
        Admin admin = admin(Map.of("route.new-direction", new AuthorizationException("denied")));

        assertThatThrownBy(() -> new TopicBootstrap(admin, Duration.ofSeconds(1)).ensureTopics(6, (short) 1))
                .hasMessageContaining("route.new-direction")
                .hasCauseInstanceOf(AuthorizationException.class);
    }

    @SuppressWarnings("unchecked")
    private Admin admin(Map<String, RuntimeException> failures) {
        return (Admin) Proxy.newProxyInstance(Admin.class.getClassLoader(), new Class<?>[] {Admin.class},
                (proxy, method, args) -> {
                    if (!method.getName().equals("createTopics")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    if (args.length > 1) {
                        requestTimeoutMs = ((CreateTopicsOptions) args[1]).timeoutMs();
                    }
                    return created((Collection<NewTopic>) args[0], failures);
                });
    }

    private CreateTopicsResult created(Collection<NewTopic> topics, Map<String, RuntimeException> failures) {
        requested.addAll(topics);
        Map<String, KafkaFuture<CreateTopicsResult.TopicMetadataAndConfig>> futures = new HashMap<>();
        for (NewTopic topic : topics) {
            KafkaFutureImpl<CreateTopicsResult.TopicMetadataAndConfig> future = new KafkaFutureImpl<>();
            RuntimeException failure = failures.get(topic.name());
            if (failure == null) {
                future.complete(null);
            } else {
                future.completeExceptionally(failure);
            }
            futures.put(topic.name(), future);
        }
        return new CreateTopicsResult(futures) {
        };
    }
}
