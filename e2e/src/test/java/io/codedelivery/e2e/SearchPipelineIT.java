package io.codedelivery.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.codedelivery.contracts.Topics;
import io.codedelivery.devstack.SharedInfrastructure;
import io.codedelivery.devstack.testkit.ViewerClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The seed's second half, end to end with real servers: deliveries started over REST are driven by
 * the simulator, and everything they produce reaches OpenSearch through Kafka Connect and our sink,
 * exactly once, through a stop of the search engine and a restart of the Connect worker mid-run;
 * positions are found by a {@code geo_bounding_box} around a waypoint of their route; deliveries,
 * viewer sessions, the services' logs and the audit trail (a delivery started over REST) are searchable too.
 */
class SearchPipelineIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Duration WAIT = Duration.ofMinutes(4);

    private static RunningSystem system;

    @BeforeAll
    static void start() {
        system = RunningSystem.get();
    }

    @Test
    void everyPositionIsSearchableExactlyOnceThroughASearchEngineStopAndAConnectRestart() throws Exception {
        List<JsonNode> routes = new ArrayList<>();
        JSON.readTree(system.get("/api/routes").body()).forEach(routes::add);
        Map<String, JsonNode> deliveries = new LinkedHashMap<>();
        try (PositionCounter produced = new PositionCounter(deliveries.keySet())) {
            startDeliveries(routes.subList(0, 3), deliveries);
            await().atMost(WAIT).until(() -> produced.count() >= 10);

            system.search().stopSearchEngine();
            long beforeOutage = produced.count();
            await().atMost(WAIT).until(() -> produced.count() >= beforeOutage + 20);
            system.search().startSearchEngine();

            startDeliveries(routes.subList(3, Math.min(6, routes.size())), deliveries);
            await().atMost(WAIT).until(() -> produced.count() >= beforeOutage + 40);
            system.search().stopConnect();
            long beforeRestart = produced.count();
            await().atMost(WAIT).until(() -> produced.count() >= beforeRestart + 20);
            system.search().startConnect();

            for (String id : deliveries.keySet()) {
                await().atMost(WAIT).until(() -> system.deliveryStatus(id).equals("delivered"));
            }
            await().atMost(WAIT).until(() -> produced.finishedAll(deliveries.keySet()));
            produced.assertContiguous();
            long expected = produced.count();

            await().atMost(WAIT).pollInterval(Duration.ofSeconds(1)).until(() -> indexedPositions(deliveries.keySet()) >= expected);
            long indexed = indexedPositions(deliveries.keySet());
            System.out.printf("search pipeline: %d deliveries, %d positions produced, %d indexed, after an OpenSearch stop"
                    + " and a Connect restart%n", deliveries.size(), expected, indexed);
            assertThat(indexed).as("positions indexed, none lost, none twice").isEqualTo(expected);
        }
        assertEveryDeliveryIsIndexedDelivered(deliveries);
        assertAWaypointBoxFindsItsDelivery(deliveries);
    }

    @Test
    void aBrowserSessionTheServicesLogsAndTheAuditTrailAreSearchable() throws Exception {
        String viewerId;
        try (ViewerClient viewer = ViewerClient.connect(system.webSocket())) {
            await().atMost(WAIT).until(viewer::hasSnapshot);
            await().atMost(WAIT).until(() -> hits("viewer-sessions", "{\"term\":{\"state\":\"open\"}}") > 0);
            viewerId = JSON.readTree(search("viewer-sessions", "{\"term\":{\"state\":\"open\"}}", 1))
                    .at("/hits/hits/0/_source/viewerId").asString();
        }
        await().atMost(WAIT).until(() -> hits("viewer-sessions", "{\"bool\":{\"filter\":[{\"term\":{\"viewerId\":\""
                + viewerId + "\"}},{\"term\":{\"state\":\"closed\"}}]}}") == 1);

        String id = system.startDelivery(JSON.readTree(system.get("/api/routes").body()).get(0).get("id").asString());
        await().atMost(WAIT).until(() -> system.deliveryStatus(id).equals("delivered"));
        await().atMost(WAIT).until(() -> hits("logs-codedelivery", "{\"bool\":{\"filter\":["
                + "{\"term\":{\"service.name\":\"codedelivery-backend\"}},"
                + "{\"match_phrase\":{\"message\":\"" + id + " delivered\"}}]}}") == 1);
        String started = "{\"bool\":{\"filter\":[{\"term\":{\"subjectId\":\"" + id + "\"}},"
                + "{\"term\":{\"action\":\"delivery.started\"}}]}}";
        await().atMost(WAIT).until(() -> hits("audit", started) == 1);
        JsonNode audit = JSON.readTree(search("audit", started, 1)).at("/hits/hits/0/_source");
        assertThat(audit.at("/actor/kind").asString()).isEqualTo("anonymous");
        assertThat(audit.at("/actor/address").asString()).isEqualTo("127.0.0.1");
        assertThat(audit.at("/subjectType").asString()).isEqualTo("delivery");
    }

    private static void startDeliveries(List<JsonNode> routes, Map<String, JsonNode> deliveries) throws Exception {
        for (JsonNode route : routes) {
            deliveries.put(system.startDelivery(route.get("id").asString()), route);
        }
    }

    private static void assertEveryDeliveryIsIndexedDelivered(Map<String, JsonNode> deliveries) throws Exception {
        String ids = deliveries.keySet().stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(","));
        await().atMost(WAIT).until(() -> hits("deliveries", "{\"bool\":{\"filter\":[{\"terms\":{\"deliveryId\":[" + ids
                + "]}},{\"term\":{\"status\":\"delivered\"}}]}}") == deliveries.size());
        JsonNode hits = JSON.readTree(search("deliveries", "{\"terms\":{\"deliveryId\":[" + ids + "]}}", 100))
                .at("/hits/hits");
        for (JsonNode hit : hits) {
            JsonNode delivery = hit.get("_source");
            JsonNode route = deliveries.get(delivery.get("deliveryId").asString());
            assertThat(delivery.get("routeId").asString()).isEqualTo(route.get("id").asString());
            assertThat(delivery.get("routeTitle").asString()).isEqualTo(route.get("title").asString());
            assertThat(delivery.get("durationSeconds").asDouble()).isPositive();
            assertThat(delivery.get("distanceMeters").asDouble())
                    .isCloseTo(route.get("lengthMeters").asDouble(), org.assertj.core.data.Offset.offset(1.0));
        }
    }

    /** A box of about 100 m around the middle waypoint of the first route finds that delivery's positions there. */
    private static void assertAWaypointBoxFindsItsDelivery(Map<String, JsonNode> deliveries) throws Exception {
        var first = deliveries.entrySet().iterator().next();
        JsonNode coordinates = first.getValue().at("/geometry/coordinates");
        JsonNode waypoint = coordinates.get(coordinates.size() / 2);
        double lng = waypoint.get(0).asDouble();
        double lat = waypoint.get(1).asDouble();
        String box = "{\"geo_bounding_box\":{\"location\":{\"top_left\":{\"lat\":" + (lat + 0.0005) + ",\"lon\":"
                + (lng - 0.0005) + "},\"bottom_right\":{\"lat\":" + (lat - 0.0005) + ",\"lon\":" + (lng + 0.0005) + "}}}}";
        String ours = "{\"bool\":{\"filter\":[" + box + ",{\"term\":{\"deliveryId\":\"" + first.getKey() + "\"}}]}}";
        JsonNode found = JSON.readTree(search("positions", ours, 100)).at("/hits/hits");
        assertThat(found.size()).as("positions of %s within 50 m of its waypoint", first.getKey()).isPositive();
        for (JsonNode hit : found) {
            assertThat(hit.at("/_source/location/lat").asDouble()).isCloseTo(lat, org.assertj.core.data.Offset.offset(0.0005));
            assertThat(hit.at("/_source/location/lon").asDouble()).isCloseTo(lng, org.assertj.core.data.Offset.offset(0.0005));
        }
        // the same box with latitude and longitude swapped (as the seed's pipeline indexed them) holds nothing
        assertThat(Math.abs(lng)).as("a sample route where swapped coordinates are still valid").isLessThan(90);
        String swapped = "{\"geo_bounding_box\":{\"location\":{\"top_left\":{\"lat\":" + (lng + 0.0005) + ",\"lon\":"
                + (lat - 0.0005) + "},\"bottom_right\":{\"lat\":" + (lng - 0.0005) + ",\"lon\":" + (lat + 0.0005) + "}}}}";
        assertThat(hits("positions", swapped)).isZero();
    }

    private static long indexedPositions(Set<String> deliveryIds) throws Exception {
        String ids = deliveryIds.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(","));
        return hits("positions", "{\"terms\":{\"deliveryId\":[" + ids + "]}}");
    }

    /** The number of documents matching, or -1 while the index or the engine is not there. */
    private static long hits(String index, String query) throws Exception {
        try {
            send("POST", system.search().searchUrl() + "/" + index + "/_refresh", null);
            HttpResponse<String> answer = send("POST", system.search().searchUrl() + "/" + index + "/_count",
                    "{\"query\":" + query + "}");
            return answer.statusCode() == 200 ? JSON.readTree(answer.body()).get("count").asLong() : -1;
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    private static String search(String index, String query, int size) throws Exception {
        return send("POST", system.search().searchUrl() + "/" + index + "/_search",
                "{\"size\":" + size + ",\"query\":" + query + "}").body();
    }

    private static HttpResponse<String> send(String method, String url, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json");
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }


    /** Counts the committed positions of the watched deliveries on the topic itself, as produced. */
    private static final class PositionCounter implements AutoCloseable {

        private final Set<String> deliveryIds;
        private final KafkaConsumer<String, String> consumer;
        private final Map<String, List<Long>> seqs = new HashMap<>();
        private final Set<String> finished = new HashSet<>();

        PositionCounter(Set<String> deliveryIds) {
            this.deliveryIds = deliveryIds;
            this.consumer = new KafkaConsumer<>(Map.of(
                    "bootstrap.servers", SharedInfrastructure.get().kafkaBootstrapServers(),
                    "group.id", "search-pipeline-it-" + UUID.randomUUID(), "isolation.level", "read_committed",
                    "auto.offset.reset", "latest"), new StringDeserializer(), new StringDeserializer());
            consumer.subscribe(List.of(Topics.POSITION_REPORTED.name()));
            await().atMost(WAIT).until(() -> {
                consumer.poll(Duration.ofMillis(100));
                return !consumer.assignment().isEmpty();
            });
        }

        long count() {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                if (deliveryIds.contains(record.key())) {
                    JsonNode position = JSON.readTree(record.value());
                    seqs.computeIfAbsent(record.key(), id -> new ArrayList<>()).add(position.get("seq").asLong());
                    if (position.get("finished").asBoolean()) {
                        finished.add(record.key());
                    }
                }
            }
            return seqs.values().stream().mapToLong(List::size).sum();
        }

        boolean finishedAll(Set<String> ids) {
            count();
            return finished.containsAll(ids);
        }

        void assertContiguous() {
            seqs.forEach((id, list) -> assertThat(new TreeSet<>(list)).as("seqs of %s", id).hasSize(list.size())
                    .first().isEqualTo(0L));
            seqs.forEach((id, list) -> assertThat(new TreeSet<>(list).last()).isEqualTo(list.size() - 1L));
        }

        @Override
        public void close() {
            consumer.close();
        }
    }
}
