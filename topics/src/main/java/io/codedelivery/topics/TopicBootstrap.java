package io.codedelivery.topics;

import io.codedelivery.contracts.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.CreateTopicsOptions;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that creates the system's topics (every topic of {@link Topics} and its dead-letter
 * topic), used by both services at start: a missing topic is created with the configured
 * {@link TopicLayout}; an existing one is left as it is, and checked, so that a topic with fewer
 * partitions, a lower replication factor or another cleanup policy than configured is logged as a
 * WARN with the topic, setting, configured and actual values as structured fields.
 * Two services (or replicas) creating at once is fine: the loser's "already exists" counts as created.
 */
public final class TopicBootstrap {
    private static final Logger log = LoggerFactory.getLogger(TopicBootstrap.class);
    private static final Duration ADMIN_CLOSE_TIMEOUT = Duration.ofSeconds(5);

    /** The topics the system needs: the four event topics and their dead-letter topics. */
    public static final List<String> TOPICS = Topics.allNames();

    private final Admin admin;
    private final Duration timeout;

    public TopicBootstrap(Admin admin, Duration timeout) {
        this.admin = admin;
        this.timeout = timeout;
    }

    /** Creates an Admin client from the given client properties, ensures the topics, closes it. */
    public static List<TopicDrift> ensureTopics(Map<String, Object> clientProperties, TopicLayout layout,
            Duration timeout) {
        Admin admin = Admin.create(clientProperties);
        try {
            return new TopicBootstrap(admin, timeout).ensure(layout);
        } finally {
            admin.close(ADMIN_CLOSE_TIMEOUT);
        }
    }

    /**
     * Creates the missing topics and checks the existing ones. Fails when the broker cannot be asked
     * or refuses to create a topic; the check of existing topics never fails the start.
     */
    public List<TopicDrift> ensure(TopicLayout layout) {
        Set<String> existing = new TreeSet<>(await("listing topics",
                admin.listTopics(new ListTopicsOptions().timeoutMs(timeoutMillis())).names()));
        List<String> missing = TOPICS.stream().filter(name -> !existing.contains(name)).toList();
        if (!missing.isEmpty()) {
            CreateTopicsOptions options = new CreateTopicsOptions().timeoutMs(timeoutMillis());
            admin.createTopics(missing.stream().map(layout::newTopic).toList(), options).values()
                    .forEach((topic, creation) -> create(topic, creation, layout));
        }
        // a topic another replica created a moment ago has the same layout; only those found are checked
        List<String> toCheck = TOPICS.stream().filter(existing::contains).toList();
        List<TopicDrift> drifts = new TopicCheck(admin, timeout).drifts(toCheck, layout);
        drifts.forEach(TopicBootstrap::warn);
        return drifts;
    }

    /** Waits for the creation; another creator being first (a replica starting at once) is as good. */
    private void create(String topic, KafkaFuture<Void> creation, TopicLayout layout) {
        try {
            creation.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            log.atInfo().addKeyValue("topic", topic).addKeyValue("partitions", layout.partitions())
                    .addKeyValue("replicationFactor", layout.replicationFactor())
                    .log("created topic {} with {} partitions, replication factor {}", topic, layout.partitions(),
                            layout.replicationFactor());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TopicExistsException) {
                log.debug("topic {} was created by another service at the same time", topic);
                return;
            }
            throw new IllegalStateException("could not create topic " + topic, e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("timed out after " + timeout + " creating topic " + topic, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topic " + topic, e);
        }
    }

    private <T> T await(String what, KafkaFuture<T> future) {
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException(what + " failed", e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("timed out after " + timeout + " " + what, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + what, e);
        }
    }

    private int timeoutMillis() {
        return (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
    }

    private static void warn(TopicDrift drift) {
        log.atWarn().addKeyValue("topic", drift.topic()).addKeyValue("setting", drift.setting())
                .addKeyValue("configured", drift.configured()).addKeyValue("actual", drift.actual())
                .log("{}; existing topics are left as they are, change it on the broker or the configuration",
                        drift.describe());
    }
}
