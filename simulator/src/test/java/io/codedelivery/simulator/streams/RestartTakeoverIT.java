package io.codedelivery.simulator.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.codedelivery.contracts.DeliveryRequested;
import io.codedelivery.contracts.Events;
import io.codedelivery.contracts.GeoPoint;
import io.codedelivery.contracts.Topics;
import io.codedelivery.devstack.SharedInfrastructure;
import io.codedelivery.simulator.SimulatorApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Against a real broker: a simulator that stops cleanly leaves its consumer group, so the instance
 * that replaces it (a restart, a new pod) gets the tasks at once, not when the old member's session
 * expires. The session here is Kafka's default 45 s, so waiting it out could not pass.
 */
class RestartTakeoverIT {
    private static final Duration SESSION = Duration.ofSeconds(45);
    private static final Duration TAKEOVER_BOUND = Duration.ofSeconds(15);
    private static final List<GeoPoint> PATH = List.of(new GeoPoint(40.7580, -73.9855), new GeoPoint(40.7484, -73.9857));

    private final String bootstrap = SharedInfrastructure.get().kafkaBootstrapServers();
    private final String application = "takeover-" + UUID.randomUUID();
    private ConfigurableApplicationContext running;

    @AfterEach
    void stop() {
        if (running != null) {
            running.close();
        }
    }

    @Test
    void aSimulatorStartedRightAfterAnotherStoppedDrivesWellWithinTheSessionTimeout() throws Exception {
        Path state = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "streams-");
        running = start(state.resolve("first"));
        awaitMoving(Duration.ofSeconds(90));

        running.close();
        Instant stopped = Instant.now();
        running = start(state.resolve("second"));
        awaitMoving(TAKEOVER_BOUND);

        Duration takeover = Duration.between(stopped, Instant.now());
        assertThat(takeover).isLessThan(TAKEOVER_BOUND).isLessThan(SESSION);
        // a follow-up rebalance (Kafka Streams probing where its tasks' state is) may run just after
        // the takeover; what counts is that the new instance settles in RUNNING, not the instant seen
        await().atMost(TAKEOVER_BOUND).until(() -> streams().state() == KafkaStreams.State.RUNNING);
    }

    private ConfigurableApplicationContext start(Path stateDir) {
        return SimulatorApplication.application().run(
                "--server.port=0",
                "--simulator.kafka.bootstrap-servers=" + bootstrap,
                "--simulator.kafka.application-id=" + application,
                "--simulator.kafka.state-dir=" + stateDir,
                "--simulator.kafka.topic-partitions=2",
                "--simulator.kafka.properties.consumer.session.timeout.ms=" + SESSION.toMillis(),
                "--simulator.kafka.properties.consumer.heartbeat.interval.ms=3000");
    }

    private SimulatorStreams streams() {
        return running.getBean(SimulatorStreams.class);
    }

    /** Requests a new delivery and waits, within the bound, until the running instance reports a position of it. */
    private void awaitMoving(Duration bound) {
        String deliveryId = "takeover-" + UUID.randomUUID();
        DeliveryRequested request = new DeliveryRequested(deliveryId, "times-square", PATH, Instant.now());
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap),
                new StringSerializer(), new ByteArraySerializer());
                KafkaConsumer<String, byte[]> positions = new KafkaConsumer<>(Map.of(
                        "bootstrap.servers", bootstrap, ConsumerConfig.GROUP_ID_CONFIG, "watch-" + deliveryId,
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                        new StringDeserializer(), new ByteArrayDeserializer())) {
            producer.send(new ProducerRecord<>(Topics.DELIVERY_REQUESTED.name(), deliveryId,
                    Events.write(Topics.DELIVERY_REQUESTED, deliveryId, request)));
            producer.flush();
            positions.subscribe(List.of(Topics.POSITION_REPORTED.name()));
            await().atMost(bound).pollInterval(Duration.ofMillis(100)).until(() -> {
                for (ConsumerRecord<String, byte[]> record : positions.poll(Duration.ofMillis(200))) {
                    if (deliveryId.equals(record.key())) {
                        return true;
                    }
                }
                return false;
            });
        }
    }
}
