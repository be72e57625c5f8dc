package io.codedelivery.simulator.topics;

import io.codedelivery.contracts.Topics;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.CreateTopicsOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates the topics the simulator reads and writes, leaving alone those that already exist. */
public final class TopicBootstrap {
    private static final Logger log = LoggerFactory.getLogger(TopicBootstrap.class);

    /** The topics this service needs: its input, its output and their dead-letter topics. */
    public static final List<String> TOPICS = Topics.allNames();

    private final Admin admin;
    private final Duration timeout;

    public TopicBootstrap(Admin admin, Duration timeout) {
        this.admin = admin;
        this.timeout = timeout;
    }

    public void ensureTopics(int partitions, short replicationFactor) {
        List<NewTopic> wanted = TOPICS.stream()
                .map(name -> new NewTopic(name, partitions, replicationFactor).configs(Topics.configOf(name)))
                .toList();
        CreateTopicsOptions options = new CreateTopicsOptions().timeoutMs((int) timeout.toMillis());
        admin.createTopics(wanted, options).values().forEach(this::awaitCreated);
    }

    private void awaitCreated(String topic, KafkaFuture<Void> creation) {
        try {
            creation.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            log.info("Created topic {}", topic);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("could not create topic " + topic, e.getCause());
            }
            log.debug("Topic {} already exists", topic);
        } catch (TimeoutException e) {
            throw new IllegalStateException("timed out after " + timeout + " creating topic " + topic, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topic " + topic, e);
        }
    }
}
