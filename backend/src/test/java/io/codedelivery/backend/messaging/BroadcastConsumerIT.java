package io.codedelivery.backend.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.codedelivery.backend.support.Positions;
import io.codedelivery.contracts.Topics;
import io.codedelivery.devstack.SharedInfrastructure;
import io.codedelivery.topics.TopicBootstrap;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Against a real broker: what was already on the topic is replayed, flagged so, and the catch-up is announced once. */
class BroadcastConsumerIT {

    @Test
    void recordsFromBeforeTheStartAreReplayedThenTheCatchUpIsAnnouncedThenLiveOnesFollow() throws Exception {
        String bootstrap = SharedInfrastructure.get().kafkaBootstrapServers();
        KafkaSettings settings = new KafkaSettings(bootstrap, 3, (short) 1, "", "", "");
        TopicBootstrap.ensureTopics(settings.clientProperties(), settings.topicLayout(), Duration.ofSeconds(30));
        String delivery = "replayed-" + UUID.randomUUID();
        List<String> events = new CopyOnWriteArrayList<>();
        BroadcastListener listener = new BroadcastListener() {
            @Override
            public void onRecords(List<RawRecord> records, boolean replayed) {
                records.stream().filter(record -> record.key().equals(delivery))
                        .forEach(record -> events.add(replayed ? "replayed" : "live"));
            }

            @Override
            public void onCaughtUp() {
                events.add("caught-up");
            }
        };
        try (Positions vehicle = new Positions(bootstrap)) {
            vehicle.report(delivery, "broadway", 0, 9, 100);
            BroadcastConsumer consumer = new BroadcastConsumer(settings, Topics.POSITION_REPORTED, Duration.ofMinutes(1),
                    Duration.ofSeconds(30), Clock.systemUTC(), new SimpleMeterRegistry(), listener);
            consumer.start();
            try {
                await().atMost(Duration.ofSeconds(60)).until(() -> events.contains("caught-up"));
                vehicle.report(delivery, "broadway", 10, 14, 100);
                await().atMost(Duration.ofSeconds(60)).until(() -> events.size() == 16);
            } finally {
                consumer.stop();
            }
        }
        assertThat(events.subList(0, 10)).containsOnly("replayed");
        assertThat(events.get(10)).isEqualTo("caught-up");
        assertThat(events.subList(11, 16)).containsOnly("live");
    }
}
