package io.codedelivery.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.codedelivery.devstack.testkit.ViewedPosition;
import io.codedelivery.devstack.testkit.ViewerClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A dispatcher starts deliveries over REST; the simulator drives them through the real broker; a
 * viewer on the WebSocket sees every position of each, seq 0..n in order, ending at the route's end.
 */
class DeliveryJourneyIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration WAIT = Duration.ofMinutes(3);

    private static RunningSystem system;

    @BeforeAll
    static void start() {
        system = RunningSystem.get();
    }

    @Test
    void everySampleRouteIsDrivenToItsEndWithoutAGap() throws Exception {
        JsonNode routes = JSON.readTree(system.get("/api/routes").body());
        assertThat(routes.size()).isGreaterThanOrEqualTo(5);
        try (ViewerClient viewer = ViewerClient.connect(system.webSocket())) {
            await().atMost(WAIT).until(viewer::hasSnapshot);
            Map<String, JsonNode> deliveries = new LinkedHashMap<>();
            for (JsonNode route : routes) {
                deliveries.put(system.startDelivery(route.get("id").asString()), route);
            }
            await().atMost(WAIT).until(() -> deliveries.keySet().stream().allMatch(id -> finished(viewer, id)));
            for (var delivery : deliveries.entrySet()) {
                assertDrivenWholeRoute(viewer, delivery.getKey(), delivery.getValue());
            }
            for (String id : deliveries.keySet()) {
                await().atMost(WAIT).until(() -> system.deliveryStatus(id).equals("delivered"));
            }
        }
    }

    @Test
    void aRouteCreatedAfterTheSimulatorStartedIsDriven() throws Exception {
        var created = system.postJson("/api/routes", """
                {"title":"Union Square loop","geometry":{"type":"LineString",
                 "coordinates":[[-73.9907,40.7348],[-73.9886,40.7359],[-73.9873,40.7341]]}}
                """);
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode route = JSON.readTree(created.body());
        try (ViewerClient viewer = ViewerClient.connect(system.webSocket())) {
            await().atMost(WAIT).until(viewer::hasSnapshot);
            String id = system.startDelivery(route.get("id").asString());
            await().atMost(WAIT).until(() -> finished(viewer, id));
            assertDrivenWholeRoute(viewer, id, route);
        }
    }

    @Test
    void aCancelledDeliveryStopsWhereItWasLeavesEveryMapAndIsRecordedCancelled() throws Exception {
        var created = system.postJson("/api/routes", """
                {"title":"Battery Park to Harlem","geometry":{"type":"LineString",
                 "coordinates":[[-74.0150,40.7040],[-73.9900,40.7500],[-73.9650,40.7900],[-73.9400,40.8150]]}}
                """);
        assertThat(created.statusCode()).isEqualTo(201);
        String routeId = JSON.readTree(created.body()).get("id").asString();
        try (ViewerClient viewer = ViewerClient.connect(system.webSocket())) {
            await().atMost(WAIT).until(viewer::hasSnapshot);
            String id = system.startDelivery(routeId);
            await().atMost(WAIT).until(() -> viewer.seqsOf(id).size() >= 3);

            var cancelled = system.postJson("/api/deliveries/" + id + "/cancel", "");

            assertThat(cancelled.statusCode()).isEqualTo(200);
            JsonNode record = JSON.readTree(cancelled.body());
            assertThat(record.get("status").asString()).isEqualTo("cancelled");
            await().atMost(WAIT).until(() -> viewer.removalsOf(id).contains("cancelled"));
            List<Long> seqs = viewer.seqsOf(id);
            assertThat(seqs).isEqualTo(LongStream.range(0, seqs.size()).boxed().toList());
            assertThat(viewer.removalsOf(id)).containsExactly("cancelled");
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                    .until(() -> viewer.seqsOf(id).size() == seqs.size());

            var again = system.postJson("/api/deliveries/" + id + "/cancel", "");
            assertThat(JSON.readTree(again.body()).get("cancelledAt")).isEqualTo(record.get("cancelledAt"));
            await().atMost(WAIT).until(() -> system.deliveryStatus(id).equals("cancelled"));
            JsonNode stopped = await().atMost(WAIT).until(
                    () -> JSON.readTree(system.get("/api/deliveries/" + id).body()), now -> now.get("drivenMeters").isNumber());
            assertThat(stopped.get("drivenMeters").asDouble()).as("stopped part way")
                    .isPositive().isLessThan(stopped.get("distanceMeters").asDouble());
            JsonNode history = JSON.readTree(system.get("/api/deliveries?status=cancelled&routeId=" + routeId).body());
            assertThat(history.get("items").valueStream().map(item -> item.get("id").asString())).containsExactly(id);
            try (ViewerClient later = ViewerClient.connect(system.webSocket())) {
                await().atMost(WAIT).until(later::hasSnapshot);
                assertThat(later.latestSnapshot()).noneMatch(position -> position.deliveryId().equals(id));
            }
        }
    }

    private static void assertDrivenWholeRoute(ViewerClient viewer, String deliveryId, JsonNode route) {
        List<ViewedPosition> positions = viewer.positionsOf(deliveryId);
        List<Long> seqs = viewer.seqsOf(deliveryId);
        long gaps = LongStream.range(1, seqs.size()).filter(i -> seqs.get((int) i) != seqs.get((int) i - 1) + 1).count();
        System.out.printf("route %-22s positions %4d  seq gaps %d%n", route.get("id").asString(), positions.size(), gaps);
        assertThat(seqs).isEqualTo(LongStream.range(0, seqs.size()).boxed().toList());
        assertThat(positions).hasSizeGreaterThan(2);
        assertThat(viewer.removalsOf(deliveryId)).containsExactly("delivered");
        assertAt(positions.get(0), route.get("start"));
        assertAt(positions.get(positions.size() - 1), route.get("end"));
    }

    /** The protocol rounds coordinates to 5 decimals (about 1 m). */
    private static void assertAt(ViewedPosition position, JsonNode point) {
        assertThat(position.lat()).isCloseTo(point.get("lat").asDouble(), org.assertj.core.data.Offset.offset(6e-6));
        assertThat(position.lng()).isCloseTo(point.get("lng").asDouble(), org.assertj.core.data.Offset.offset(6e-6));
    }

    private static boolean finished(ViewerClient viewer, String deliveryId) {
        return viewer.removalsOf(deliveryId).contains("delivered");
    }
}
