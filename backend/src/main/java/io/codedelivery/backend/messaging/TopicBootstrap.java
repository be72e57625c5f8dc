package io.codedelivery.backend.messaging;

import io.codedelivery.contracts.Topics;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates the system's topics and their dead-letter topics when they do not exist yet. */
final class TopicBootstrap {

    private static final Logger log = LoggerFactory.getLogger(TopicBootstrap.class);

    private TopicBootstrap() {
    }

    static void ensureTopics(KafkaSettings settings) {
        try (Admin admin = Admin.create(settings.clientProperties())) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = Topics.allNames().stream()
                    .filter(name -> !existing.contains(name))
                    .map(name -> new NewTopic(name, settings.partitions(), settings.replicationFactor()).configs(Topics.configOf(name)))
                    .toList();
            for (NewTopic topic : missing) {
                create(admin, topic);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot list topics at " + settings.bootstrapServers(), e.getCause());
        }
    }

    private static void create(Admin admin, NewTopic topic) throws InterruptedException, ExecutionException {
        try {
            admin.createTopics(List.of(topic)).all().get();
            log.info("created topic {} with {} partitions", topic.name(), topic.numPartitions());
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }
}
