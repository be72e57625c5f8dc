package io.codedelivery.backend.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.codedelivery.backend.support.Positions;
import io.codedelivery.backend.support.RunningBackend;
import io.codedelivery.contracts.DeliveryRequested;
import io.codedelivery.contracts.JsonCodec;
import io.codedelivery.contracts.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The delivery API against a real broker and MongoDB wire server. */
class DeliveryApiIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static RunningBackend backend;

    @BeforeAll
    static void start() {
        backend = RunningBackend.start("deliveries-" + UUID.randomUUID());
    }

    @AfterAll
    static void stop() {
        backend.close();
    }

    @Test
    void startingADeliveryPublishesItsRequestKeyedByDeliveryIdWithTheRouteGeometry() throws Exception {
        var response = backend.postJson("/api/deliveries", "{\"routeId\":\"fifth-avenue\"}");
        assertThat(response.statusCode()).isEqualTo(201);
        String deliveryId = JSON.readTree(response.body()).get("id").asString();
        assertThat(JSON.readTree(backend.get("/api/deliveries/" + deliveryId).body()).get("status").asString())
                .isEqualTo("requested");

        ConsumerRecord<String, byte[]> published = awaitRecord(Topics.DELIVERY_REQUESTED.name(), deliveryId);
        DeliveryRequested request = JsonCodec.decode(published.value(), DeliveryRequested.class);
        assertThat(request.routeId()).isEqualTo("fifth-avenue");
        assertThat(request.path()).hasSizeGreaterThan(2);
        var route = JSON.readTree(backend.get("/api/routes/fifth-avenue").body());
        assertThat(request.path().get(0).lat()).isEqualTo(route.get("start").get("lat").asDouble());
    }

    @Test
    void aNewRouteCanBeUsedAtOnce() throws Exception {
        var created = backend.postJson("/api/routes", """
                {"title":"Around Union Square","geometry":{"type":"LineString","coordinates":[[-73.9907,40.7348],[-73.9886,40.7359]]}}
                """);
        assertThat(created.statusCode()).isEqualTo(201);
        String routeId = JSON.readTree(created.body()).get("id").asString();
        var delivery = backend.postJson("/api/deliveries", "{\"routeId\":\"" + routeId + "\"}");
        assertThat(delivery.statusCode()).isEqualTo(201);
    }

    @Test
    void aPositionThatCannotBeReadIsParkedWithItsReasonAndLaterOnesStillCount() throws Exception {
        String badKey = "garbage-" + UUID.randomUUID();
        String deliveryId = JSON.readTree(backend.postJson("/api/deliveries", "{\"routeId\":\"broadway\"}").body())
                .get("id").asString();
        try (Positions vehicle = new Positions(backend.kafkaBootstrapServers())) {
            vehicle.sendRaw(badKey, "{\"deliveryId\":".getBytes(StandardCharsets.UTF_8));
            vehicle.report(deliveryId, "broadway", 0, 3, 3);
        }
        ConsumerRecord<String, byte[]> parked = awaitRecord(Topics.POSITION_REPORTED.deadLetterName(), badKey);
        assertThat(new String(parked.headers().lastHeader(Topics.DEAD_LETTER_REASON_HEADER).value(), StandardCharsets.UTF_8))
                .startsWith("PositionReported: ");
        await().atMost(WAIT).until(() -> JSON.readTree(backend.get("/api/deliveries/" + deliveryId).body())
                .get("status").asString().equals("delivered"));
    }

    @Test
    void retriesWithOneIdempotencyKeyStartOneDelivery() throws Exception {
        String key = UUID.randomUUID().toString();
        List<java.net.http.HttpResponse<String>> answers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            answers.add(backend.post("/api/deliveries", "{\"routeId\":\"broadway\"}", Map.of("Idempotency-Key", key)));
        }

        assertThat(answers).extracting(java.net.http.HttpResponse::statusCode).containsOnly(201);
        assertThat(answers).extracting(a -> JSON.readTree(a.body()).get("id").asString()).containsOnly(
                JSON.readTree(answers.get(0).body()).get("id").asString());
        assertThat(answers).extracting(a -> a.headers().firstValue("Idempotent-Replayed").orElseThrow())
                .containsExactly("false", "true", "true");
        var otherRoute = backend.post("/api/deliveries", "{\"routeId\":\"fifth-avenue\"}", Map.of("Idempotency-Key", key));
        assertThat(otherRoute.statusCode()).isEqualTo(422);
    }

    @Test
    void malformedRequestsAreAnsweredWith4xxNever5xx() throws Exception {
        assertThat(backend.postJson("/api/deliveries", "{").statusCode()).isEqualTo(400);
        assertThat(backend.postJson("/api/deliveries", "{\"routeId\":\"nowhere\"}").statusCode()).isEqualTo(404);
        assertThat(backend.get("/api/deliveries/%20").statusCode()).isEqualTo(404);
        assertThat(backend.postJson("/api/routes", "{\"title\":1}").statusCode()).isEqualTo(400);
        assertThat(backend.get("/ws").statusCode()).as("a plain GET on the WebSocket endpoint").isBetween(400, 499);
    }

    private static ConsumerRecord<String, byte[]> awaitRecord(String topic, String key) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
                Map.of("bootstrap.servers", backend.kafkaBootstrapServers(), "group.id", "it-" + UUID.randomUUID(),
                        "auto.offset.reset", "earliest"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
            await().atMost(WAIT).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (key.equals(r.key())) {
                        found.add(r);
                    }
                });
                return !found.isEmpty();
            });
            return found.get(0);
        }
    }
}
