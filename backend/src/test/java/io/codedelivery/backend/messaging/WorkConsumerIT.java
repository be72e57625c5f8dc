package io.codedelivery.backend.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.codedelivery.contracts.DeadLetter;
import io.codedelivery.contracts.JsonCodec;
import io.codedelivery.contracts.PositionReported;
import io.codedelivery.contracts.Reasons;
import io.codedelivery.contracts.Topic;
import io.codedelivery.devstack.SharedInfrastructure;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against a real broker: no record, however broken or however its handler fails, stops a work consumer. */
class WorkConsumerIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private final String bootstrap = SharedInfrastructure.get().kafkaBootstrapServers();
    private final KafkaSettings settings = new KafkaSettings(bootstrap, 1, (short) 1, "", "", "");
    private Topic<String, PositionReported> topic;
    private KafkaProducer<String, byte[]> producer;
    private WorkConsumer<PositionReported> consumer;
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @BeforeEach
    void createTopics() throws Exception {
        topic = new Topic<>("it-work-" + UUID.randomUUID(), String.class, PositionReported.class, 4096);
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic.name(), 1, (short) 1),
                    new NewTopic(topic.deadLetterName(), 1, (short) 1))).all().get();
        }
        producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap, "acks", "all"),
                new StringSerializer(), new ByteArraySerializer());
    }

    @AfterEach
    void stop() {
        if (consumer != null) {
            consumer.stop();
        }
        producer.close();
    }

    @Test
    void poisonRecordsOfEveryKindAreParkedWithABoundedReasonAndTheFlowGoesOn() throws Exception {
        List<String> handled = new CopyOnWriteArrayList<>();
        send("d-1", position("d-1", 0));
        send("garbage", "{\"deliveryId\":".getBytes(StandardCharsets.UTF_8));
        send("huge", new byte[1_000_000]);
        String hugeId = "x".repeat(1_000);
        send("long-id", rawPosition(hugeId));
        send("d-other", position("d-2", 0));
        send("d-poison", position("d-poison", 0));
        send("d-3", position("d-3", 0));

        consumer = start(new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(50), failure -> false), event -> {
            if (event.deliveryId().equals("d-poison")) {
                throw new IllegalStateException("cannot handle " + event.deliveryId());
            }
            handled.add(event.deliveryId());
        });

        List<ConsumerRecord<String, byte[]>> parked = deadLetters(5);
        assertThat(handled).containsExactly("d-1", "d-3");
        assertThat(parked).extracting(r -> header(r, DeadLetter.SOURCE_HEADER))
                .containsExactly(topic.name() + "-0@1", topic.name() + "-0@2", topic.name() + "-0@3",
                        topic.name() + "-0@4", topic.name() + "-0@5");
        assertThat(parked).allSatisfy(r -> assertThat(header(r, DeadLetter.REASON_HEADER))
                .hasSizeLessThanOrEqualTo(Reasons.MAX_LENGTH));
        assertThat(header(parked.get(1), DeadLetter.REASON_HEADER)).contains("value of 1000000 bytes is over the 4096");
        assertThat(parked.get(1).value()).isNull();
        assertThat(header(parked.get(1), DeadLetter.REFERENCE_HEADER)).contains("value of 1000000 bytes");
        assertThat(header(parked.get(2), DeadLetter.REASON_HEADER)).contains("deliveryId must be at most 64 characters");
        assertThat(header(parked.get(3), DeadLetter.REASON_HEADER)).contains("record key differs from the deliveryId");
        assertThat(header(parked.get(4), DeadLetter.REASON_HEADER))
                .isEqualTo("handling failed 3 times: java.lang.IllegalStateException: cannot handle d-poison");
        assertThat(consumer.health().details()).containsEntry("parked", 5L);
        assertThat(meters.counter("codedelivery.dead.letters", "topic", topic.name(), "copy", "whole").count()).isEqualTo(4);
        assertThat(meters.counter("codedelivery.dead.letters", "topic", topic.name(), "copy", "reference").count())
                .isEqualTo(1);
    }

    @Test
    void aTransientFailureIsWaitedOutNotParkedAndHealthSaysSoMeanwhile() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        Map<String, Boolean> handled = new ConcurrentHashMap<>();
        List<String> problems = new CopyOnWriteArrayList<>();
        send("d-wait", position("d-wait", 0));
        consumer = start(new RetryPolicy(2, Duration.ofMillis(10), Duration.ofMillis(50),
                failure -> failure instanceof IllegalStateException), event -> {
            if (attempts.incrementAndGet() <= 6) {
                String problem = consumer.health().problem(Instant.now(), Duration.ofMinutes(1));
                if (problem != null) {
                    problems.add(problem);
                }
                throw new IllegalStateException("database away");
            }
            handled.put(event.deliveryId(), true);
        });

        await().atMost(WAIT).until(() -> handled.containsKey("d-wait"));
        assertThat(attempts).hasValue(7);
        assertThat(problems).isNotEmpty().allSatisfy(problem -> assertThat(problem).contains("database away"));
        assertThat(consumer.health().problem(Instant.now(), Duration.ofMinutes(1))).isNull();
        assertThat(consumer.health().details()).containsEntry("parked", 0L);
    }

    @Test
    void aStoppedConsumerHasCommittedWhatItHandledAndLeftItsGroupAtOnce() throws Exception {
        List<String> handled = new CopyOnWriteArrayList<>();
        String group = "it-" + UUID.randomUUID();
        consumer = start(group, new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(50), failure -> false), event -> handled.add(event.deliveryId()));
        send("d-1", position("d-1", 0));
        await().atMost(WAIT).until(() -> handled.contains("d-1"));

        consumer.stop();
        consumer = null;

        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            // the session is 10 s: a member that did not leave would still be listed for that long
            await().atMost(Duration.ofSeconds(3)).until(() -> admin.describeConsumerGroups(List.of(group))
                    .all().get().get(group).members().isEmpty());
            var committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
            assertThat(committed.get(new org.apache.kafka.common.TopicPartition(topic.name(), 0)).offset()).isEqualTo(1);
        }
    }

    private WorkConsumer<PositionReported> start(RetryPolicy retries, Consumer<PositionReported> handler) {
        return start("it-" + UUID.randomUUID(), retries, handler);
    }

    private WorkConsumer<PositionReported> start(String group, RetryPolicy retries, Consumer<PositionReported> handler) {
        KafkaProducer<String, byte[]> deadLetterProducer = new KafkaProducer<>(
                Map.of("bootstrap.servers", bootstrap, "acks", "all"), new StringSerializer(), new ByteArraySerializer());
        WorkConsumer<PositionReported> started = new WorkConsumer<>(settings, group, topic,
                new DeadLetters(deadLetterProducer, 10_000, meters), retries, meters, Clock.systemUTC(), handler);
        started.start();
        return started;
    }

    private List<ConsumerRecord<String, byte[]>> deadLetters(int expected) {
        try (KafkaConsumer<String, byte[]> reader = new KafkaConsumer<>(
                Map.of("bootstrap.servers", bootstrap, "group.id", "it-" + UUID.randomUUID(), "auto.offset.reset", "earliest"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            reader.subscribe(List.of(topic.deadLetterName()));
            List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
            await().atMost(WAIT).until(() -> {
                reader.poll(Duration.ofMillis(200)).forEach(found::add);
                return found.size() >= expected;
            });
            return found;
        }
    }

    private void send(String key, byte[] value) throws Exception {
        producer.send(new ProducerRecord<>(topic.name(), key, value)).get();
    }

    private static byte[] position(String deliveryId, long seq) {
        return JsonCodec.encode(new PositionReported(deliveryId, "broadway", seq, 40.7, -73.9, false, Instant.now()));
    }

    private static byte[] rawPosition(String deliveryId) {
        return ("{\"deliveryId\":\"" + deliveryId + "\",\"routeId\":\"r\",\"seq\":0,\"lat\":1,\"lng\":1,"
                + "\"finished\":false,\"emittedAt\":\"2026-11-25T14:00:00Z\"}").getBytes(StandardCharsets.UTF_8);
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
