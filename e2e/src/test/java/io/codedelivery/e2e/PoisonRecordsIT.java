package io.codedelivery.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.codedelivery.contracts.DeadLetter;
import io.codedelivery.contracts.Reasons;
import io.codedelivery.contracts.Topics;
import io.codedelivery.devstack.SharedInfrastructure;
import io.codedelivery.devstack.testkit.ViewerClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.LongStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Poison records of every kind on both topics of a running system: each is parked on its topic's
 * dead-letter topic with a bounded reason and its source, and deliveries started after them are
 * driven, shown and recorded as if nothing had happened.
 */
class PoisonRecordsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration WAIT = Duration.ofMinutes(3);

    private final RunningSystem system = RunningSystem.get();
    private final String bootstrap = SharedInfrastructure.get().kafkaBootstrapServers();

    @Test
    void poisonOnEveryTopicIsParkedAndTheFlowGoesOn() throws Exception {
        Map<String, String> poisonedAt = new HashMap<>();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap,
                "acks", "all", "max.request.size", 2_000_000), new ByteArraySerializer(), new ByteArraySerializer())) {
            for (String topic : List.of(Topics.DELIVERY_REQUESTED.name(), Topics.POSITION_REPORTED.name())) {
                for (var poison : poisons(topic).entrySet()) {
                    RecordMetadata at = producer.send(new ProducerRecord<>(topic, poison.getValue().key(),
                            poison.getValue().value())).get();
                    poisonedAt.put(at.topic() + "-" + at.partition() + "@" + at.offset(), poison.getKey());
                }
            }
        }

        try (ViewerClient viewer = ViewerClient.connect(system.webSocket())) {
            await().atMost(WAIT).until(viewer::hasSnapshot);
            String deliveryId = JSON.readTree(system.postJson("/api/deliveries", "{\"routeId\":\"broadway\"}").body())
                    .get("id").asString();
            await().atMost(WAIT).until(() -> viewer.removalsOf(deliveryId).contains("delivered"));
            List<Long> seqs = viewer.seqsOf(deliveryId);
            assertThat(seqs).isEqualTo(LongStream.range(0, seqs.size()).boxed().toList());
            await().atMost(WAIT).until(() -> JSON.readTree(system.get("/api/deliveries/" + deliveryId).body())
                    .get("status").asString().equals("delivered"));
        }

        Map<String, ConsumerRecord<byte[], byte[]>> parked = deadLetters(poisonedAt.keySet());
        for (var letter : parked.entrySet()) {
            String reason = header(letter.getValue(), DeadLetter.REASON_HEADER);
            System.out.printf("poison %-32s parked from %-28s %s%n", poisonedAt.get(letter.getKey()), letter.getKey(), reason);
            assertThat(reason).hasSizeLessThanOrEqualTo(Reasons.MAX_LENGTH);
            assertThat(letter.getValue().serializedValueSize() + letter.getValue().serializedKeySize()).isLessThan(1_000_000);
        }
        assertThat(system.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
    }

    private record Poison(byte[] key, byte[] value) {
    }

    /** The kinds found by testers, on either topic: each must be refused, none may stop a reader. */
    private static Map<String, Poison> poisons(String topic) {
        String id = "poison-" + UUID.randomUUID();
        Map<String, Poison> poisons = new java.util.LinkedHashMap<>();
        poisons.put(topic + " not JSON", new Poison(bytes(id), bytes("{\"deliveryId\":")));
        poisons.put(topic + " 1 MB value", new Poison(bytes(id), new byte[1_000_000]));
        poisons.put(topic + " no value", new Poison(bytes(id), null));
        poisons.put(topic + " no key", new Poison(null, position(id)));
        poisons.put(topic + " key is not the id", new Poison(bytes("k".repeat(600_000)), position(id)));
        poisons.put(topic + " id of 200,000", new Poison(bytes(id), position("x".repeat(200_000))));
        poisons.put(topic + " wrong types", new Poison(bytes(id), bytes("{\"deliveryId\":7,\"seq\":\"a\"}")));
        return poisons;
    }

    /** Readable as either event, so each poison breaks one rule only. */
    private static byte[] position(String deliveryId) {
        return bytes("{\"deliveryId\":\"" + deliveryId + "\",\"routeId\":\"broadway\",\"seq\":0,\"lat\":40.7,\"lng\":-73.9,"
                + "\"finished\":false,\"emittedAt\":\"2026-11-25T14:00:00Z\",\"path\":[{\"lat\":40.7,\"lng\":-73.9},"
                + "{\"lat\":40.8,\"lng\":-73.9}],\"requestedAt\":\"2026-11-25T14:00:00Z\"}");
    }

    private Map<String, ConsumerRecord<byte[], byte[]>> deadLetters(java.util.Set<String> sources) {
        Map<String, ConsumerRecord<byte[], byte[]>> found = new HashMap<>();
        try (KafkaConsumer<byte[], byte[]> reader = new KafkaConsumer<>(Map.of("bootstrap.servers", bootstrap,
                "group.id", "poison-" + UUID.randomUUID(), "auto.offset.reset", "earliest"),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            reader.subscribe(List.of(Topics.DELIVERY_REQUESTED.deadLetterName(), Topics.POSITION_REPORTED.deadLetterName()));
            await().atMost(WAIT).until(() -> {
                for (ConsumerRecord<byte[], byte[]> record : reader.poll(Duration.ofMillis(200))) {
                    String source = header(record, DeadLetter.SOURCE_HEADER);
                    if (sources.contains(source)) {
                        found.put(source, record);
                    }
                }
                return found.keySet().containsAll(sources);
            });
        }
        return found;
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
