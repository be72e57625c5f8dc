package io.codedelivery.backend.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.codedelivery.backend.support.RunningBackend;
import io.codedelivery.contracts.Events;
import io.codedelivery.contracts.GeoPoint;
import io.codedelivery.contracts.PositionReported;
import io.codedelivery.contracts.Topics;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Devices drive deliveries against a real broker and MongoDB wire server: the driver page's API and
 * the OsmAnd protocol, their positions on {@code route.new-position} as the simulator's are, the
 * status following them, a token good for its own delivery only, a cancel ending where the device was.
 */
class DeviceApiIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final GeoPoint START = new GeoPoint(40.7348, -73.9907);
    private static final GeoPoint END = new GeoPoint(40.7448, -73.9807);

    private static RunningBackend backend;
    private static String routeId;
    private static Instant startedAt;

    @BeforeAll
    static void start() throws Exception {
        startedAt = Instant.now();
        backend = RunningBackend.start("devices-" + UUID.randomUUID());
        var route = backend.postJson("/api/routes", """
                {"title":"Device route %s","geometry":{"type":"LineString","coordinates":[[%s,%s],[%s,%s]]}}
                """.formatted(UUID.randomUUID(), START.lng(), START.lat(), END.lng(), END.lat()));
        assertThat(route.statusCode()).as(route.body()).isEqualTo(201);
        routeId = JSON.readTree(route.body()).get("id").asString();
    }

    @AfterAll
    static void stop() {
        backend.close();
    }

    @Test
    void aPhoneDrivesItsDeliveryToDeliveredInOrderWithWhatItSentTwiceTakenOnce() throws Exception {
        JsonNode delivery = startDevice();
        String id = delivery.get("id").asString();
        String token = delivery.get("device").get("token").asString();
        assertThat(delivery.get("driver").asString()).isEqualTo("device");
        assertThat(delivery.get("device").get("driverPath").asString()).isEqualTo("/drive/" + id + "#token=" + token);

        JsonNode mine = JSON.readTree(device("GET", "/api/device/delivery", token, null).body());
        assertThat(mine.get("delivery").get("id").asString()).isEqualTo(id);
        assertThat(mine.get("lastSeq").asLong()).isEqualTo(-1);
        assertThat(mine.get("path").get(1).get(0).asDouble()).isEqualTo(END.lng());

        assertThat(report(token, 0, 4, false)).extracting(HttpResponse::statusCode).isEqualTo(200);
        HttpResponse<String> overlapping = report(token, 3, 7, false);
        assertThat(JSON.readTree(overlapping.body()).get("lastSeq").asLong()).isEqualTo(7);
        HttpResponse<String> gap = report(token, 10, 10, false);
        assertThat(gap.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(gap.body()).get("expectedSeq").asLong()).isEqualTo(8);
        HttpResponse<String> arrived = device("POST", "/api/device/positions", token, body(List.of(
                position(8, END, Instant.now(), true))));
        assertThat(arrived.statusCode()).as(arrived.body()).isEqualTo(200);
        assertThat(JSON.readTree(arrived.body()).get("status").asString()).isEqualTo("delivered");

        await().atMost(WAIT).until(() -> "delivered".equals(statusOf(id)));
        assertThat(positionsOf(id, 9)).extracting(PositionReported::seq).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
        HttpResponse<String> after = report(token, 9, 9, false);
        assertThat(after.statusCode()).isEqualTo(410);
        assertThat(JSON.readTree(after.body()).get("deliveryStatus").asString()).isEqualTo("delivered");
        assertThat(JSON.readTree(after.body()).get("status").asInt()).isEqualTo(410);
    }

    @Test
    void aTokenReportsForItsOwnDeliveryOnlyAndAReplacedOneForNone() throws Exception {
        JsonNode first = startDevice();
        JsonNode second = startDevice();
        String firstToken = first.get("device").get("token").asString();

        report(firstToken, 0, 2, false);

        assertThat(positionsOf(first.get("id").asString(), 3)).hasSize(3);
        assertThat(statusOf(second.get("id").asString())).isEqualTo("requested");
        JsonNode replaced = JSON.readTree(backend.postJson("/api/deliveries/" + first.get("id").asString()
                + "/device-token", "").body());
        assertThat(report(firstToken, 3, 3, false).statusCode()).isEqualTo(401);
        assertThat(report(replaced.get("token").asString(), 3, 3, false).statusCode()).isEqualTo(200);
        HttpResponse<String> unknown = report("A".repeat(43), 0, 0, false);
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(unknown.headers().firstValue("WWW-Authenticate")).contains("Bearer");
        assertThat(device("GET", "/api/device/delivery", null, null).statusCode()).isEqualTo(401);
        String simulated = JSON.readTree(backend.postJson("/api/deliveries", "{\"routeId\":\"" + routeId + "\"}").body())
                .get("id").asString();
        assertThat(backend.postJson("/api/deliveries/" + simulated + "/device-token", "").statusCode()).isEqualTo(409);
    }

    @Test
    void anOsmAndTrackerDrivesADeliveryAndItsRetriesCountOnce() throws Exception {
        JsonNode delivery = startDevice();
        String id = delivery.get("id").asString();
        String token = delivery.get("device").get("token").asString();
        long now = Instant.now().getEpochSecond();

        for (int i = 0; i < 3; i++) {
            assertThat(osmAnd(token, along(i * 0.2), now - 30 + i).statusCode()).isEqualTo(200);
        }
        assertThat(osmAnd(token, along(0.4), now - 28).statusCode()).as("a retry").isEqualTo(200);
        assertThat(osmAnd(token, END, now).statusCode()).isEqualTo(200);

        await().atMost(WAIT).until(() -> "delivered".equals(statusOf(id)));
        List<PositionReported> positions = positionsOf(id, 4);
        assertThat(positions).extracting(PositionReported::seq).containsExactly(0L, 1L, 2L, 3L);
        assertThat(positions.getLast().finished()).isTrue();
        assertThat(osmAnd(token, END, now + 1).statusCode()).as("after the end: taken and dropped").isEqualTo(200);
        assertThat(osmAnd("not-a-token", END, now).statusCode()).isEqualTo(401);
        assertThat(HTTP.send(HttpRequest.newBuilder(URI.create(backend.baseUrl() + "/api/osmand?id=" + token))
                .GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(400);
    }

    @Test
    void aCancelledDeviceDeliveryEndsWhereItsDeviceLastWasAndTakesNoMore() throws Exception {
        JsonNode delivery = startDevice();
        String id = delivery.get("id").asString();
        String token = delivery.get("device").get("token").asString();
        report(token, 0, 2, false);

        assertThat(backend.postJson("/api/deliveries/" + id + "/cancel", "").statusCode()).isEqualTo(200);

        List<PositionReported> positions = positionsOf(id, 4);
        assertThat(positions).extracting(PositionReported::seq).containsExactly(0L, 1L, 2L, 3L);
        assertThat(positions.getLast().cancelled()).isTrue();
        assertThat(positions.getLast().point()).isEqualTo(positions.get(2).point());
        HttpResponse<String> after = report(token, 3, 3, false);
        assertThat(after.statusCode()).isEqualTo(410);
        assertThat(JSON.readTree(after.body()).get("deliveryStatus").asString()).isEqualTo("cancelled");
    }

    private static JsonNode startDevice() throws Exception {
        HttpResponse<String> started = backend.postJson("/api/deliveries",
                "{\"routeId\":\"" + routeId + "\",\"driver\":\"device\"}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        return JSON.readTree(started.body());
    }

    private static String statusOf(String id) throws Exception {
        return JSON.readTree(backend.get("/api/deliveries/" + id).body()).get("status").asString();
    }

    private static GeoPoint along(double fraction) {
        return new GeoPoint(START.lat() + (END.lat() - START.lat()) * fraction,
                START.lng() + (END.lng() - START.lng()) * fraction);
    }

    private static HttpResponse<String> report(String token, long from, long to, boolean finished) throws Exception {
        Instant first = Instant.now().minusSeconds(60);
        return device("POST", "/api/device/positions", token, body(LongStream.rangeClosed(from, to)
                .mapToObj(seq -> position(seq, along(seq / 20.0), first.plusSeconds(seq), finished && seq == to))
                .toList()));
    }

    private static Map<String, Object> position(long seq, GeoPoint point, Instant at, boolean finished) {
        return Map.of("seq", seq, "lat", point.lat(), "lng", point.lng(), "at", at.toString(), "finished", finished);
    }

    private static String body(List<Map<String, Object>> positions) {
        return JSON.writeValueAsString(Map.of("positions", positions));
    }

    private static HttpResponse<String> device(String method, String path, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(backend.baseUrl() + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> osmAnd(String token, GeoPoint at, long timestamp) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(backend.baseUrl() + "/api/osmand?id=" + token + "&lat="
                + at.lat() + "&lon=" + at.lng() + "&timestamp=" + timestamp + "&speed=10&bearing=45&batt=80"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * The delivery's positions on Kafka, once at least {@code count} are there. Reads from this class's start
     * only: the broker is shared, and the classes before this one leave many positions on the topic.
     */
    private static List<PositionReported> positionsOf(String deliveryId, int count) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers",
                backend.kafkaBootstrapServers(), "isolation.level", "read_committed"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.POSITION_REPORTED.name()).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            consumer.offsetsForTimes(partitions.stream().collect(Collectors.toMap(p -> p, p -> startedAt.toEpochMilli())))
                    .forEach((partition, offset) -> consumer.seek(partition, offset == null ? ends.get(partition) : offset.offset()));
            List<PositionReported> found = new ArrayList<>();
            await().atMost(WAIT).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (deliveryId.equals(record.key())) {
                        found.add(Events.read(Topics.POSITION_REPORTED, record.key(), record.value()));
                    }
                });
                return found.size() >= count;
            });
            assertThat(found.stream().collect(Collectors.groupingBy(PositionReported::seq, Collectors.counting())))
                    .as("each seq once").allSatisfy((seq, times) -> assertThat(times).isEqualTo(1));
            return found;
        }
    }
}
