package io.codedelivery.topics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.DescribeConfigsOptions;
import org.apache.kafka.clients.admin.DescribeTopicsOptions;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compares existing topics with the configured layout. Advisory: when the broker does not let us
 * describe a topic (a managed cluster's ACLs), it says so at WARN and reports no drift.
 */
final class TopicCheck {
    private static final Logger log = LoggerFactory.getLogger(TopicCheck.class);

    private final Admin admin;
    private final Duration timeout;

    TopicCheck(Admin admin, Duration timeout) {
        this.admin = admin;
        this.timeout = timeout;
    }

    List<TopicDrift> drifts(Collection<String> topics, TopicLayout layout) {
        List<TopicDrift> drifts = new ArrayList<>();
        if (topics.isEmpty()) {
            return drifts;
        }
        try {
            Map<String, TopicDescription> descriptions = admin.describeTopics(topics,
                    new DescribeTopicsOptions().timeoutMs(timeoutMillis())).allTopicNames()
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            List<ConfigResource> resources = topics.stream()
                    .map(topic -> new ConfigResource(ConfigResource.Type.TOPIC, topic)).toList();
            Map<ConfigResource, Config> configs = admin.describeConfigs(resources,
                    new DescribeConfigsOptions().timeoutMs(timeoutMillis())).all()
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            for (String topic : topics) {
                check(topic, descriptions.get(topic), configs.get(new ConfigResource(ConfigResource.Type.TOPIC, topic)),
                        layout, drifts);
            }
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            log.atWarn().addKeyValue("topics", String.join(",", topics)).addKeyValue("error", String.valueOf(cause))
                    .log("could not check the existing topics against the configured layout: {}", cause.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return drifts;
    }

    private static void check(String topic, TopicDescription description, Config config, TopicLayout layout,
            List<TopicDrift> drifts) {
        if (description != null) {
            int partitions = description.partitions().size();
            if (partitions < layout.partitions()) {
                drifts.add(new TopicDrift(topic, "partitions", Integer.toString(layout.partitions()),
                        Integer.toString(partitions)));
            }
            int replicas = description.partitions().stream().mapToInt(p -> p.replicas().size()).min().orElse(0);
            if (replicas < layout.replicationFactor()) {
                drifts.add(new TopicDrift(topic, "replication factor", Short.toString(layout.replicationFactor()),
                        Integer.toString(replicas)));
            }
        }
        if (config != null) {
            ConfigEntry policy = config.get(TopicLayout.CLEANUP_POLICY);
            String actual = policy == null || policy.value() == null ? "delete" : policy.value();
            String wanted = TopicLayout.cleanupPolicyOf(topic);
            if (!actual.equals(wanted)) {
                drifts.add(new TopicDrift(topic, TopicLayout.CLEANUP_POLICY, wanted, actual));
            }
        }
    }

    private int timeoutMillis() {
        return (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
    }
}
