package io.codedelivery.backend.dashboard;

import static io.codedelivery.backend.dashboard.DashboardAnswers.id;
import static io.codedelivery.backend.dashboard.DashboardAnswers.point;
import static io.codedelivery.backend.dashboard.DashboardAnswers.row;
import static io.codedelivery.backend.dashboard.DashboardAnswers.series;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.codedelivery.backend.support.RunningBackend;
import io.codedelivery.contracts.SearchIndices;
import io.codedelivery.devstack.OpenSearchNode;
import io.codedelivery.devstack.Ports;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboards of a backend replica (real Kafka broker and MongoDB wire server) against a real
 * OpenSearch node holding a known data set (DashboardDataSet): the exact numbers, and what the
 * endpoints and health say when the engine has nothing yet or cannot be reached.
 */
class DashboardQueriesIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path home;

    private static OpenSearchNode search;
    private static RunningBackend backend;
    private static DashboardDataSet data;
    private static String range;

    @BeforeAll
    static void start() throws Exception {
        search = OpenSearchNode.start(home, Ports.free(), Duration.ofSeconds(120));
        SearchNodeClient engine = new SearchNodeClient(search.url());
        engine.installTemplates(SearchIndices.DEFAULT);
        Instant now = Instant.now();
        data = new DashboardDataSet(SearchIndices.DEFAULT, now.truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(6)), now);
        engine.index(data.build());
        range = "from=" + data.minutes(0) + "&to=" + data.minutes(360);
        backend = RunningBackend.start("dashboards-" + UUID.randomUUID(), "--codedelivery.search.url=" + search.url());
    }

    @AfterAll
    static void stop() {
        if (backend != null) {
            backend.close();
        }
        if (search != null) {
            search.close();
        }
    }

    @Test
    void deliveriesCountsRequestsArrivalsAndCancellationsInTheRangeAndWhatIsActiveNow() throws Exception {
        JsonNode answer = ok("/api/dashboards/deliveries?" + range);

        assertThat(answer.get("from").asString()).isEqualTo(data.minutes(0).toString());
        assertThat(answer.get("interval").asString()).isEqualTo("15m");
        assertThat(answer.get("requested").asLong()).isEqualTo(9);
        assertThat(answer.get("delivered").asLong()).as("d7 was requested before the range").isEqualTo(5);
        assertThat(answer.get("cancelled").asLong()).as("d12 was requested before the range").isEqualTo(2);
        assertThat(answer.get("active").asLong()).as("d9 was requested long ago and is still waiting").isEqualTo(5);
        assertThat(answer.get("averageDurationSeconds").asDouble()).as("of the delivered ones").isEqualTo(412.0);
        assertThat(series(answer, "at", JsonNode::asString)).hasSize(24)
                .startsWith(data.minutes(0).toString(), data.minutes(15).toString()).endsWith(data.minutes(345).toString());
        assertThat(series(answer, "requested", JsonNode::asLong)).containsExactly(
                2L, 1L, 0L, 0L, 1L, 0L, 0L, 0L, 2L, 0L, 0L, 0L, 1L, 0L, 0L, 0L, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 1L);
        assertThat(series(answer, "delivered", JsonNode::asLong)).containsExactly(
                1L, 2L, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
        assertThat(series(answer, "cancelled", JsonNode::asLong)).containsExactly(
                0L, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
    }

    @Test
    void withoutARangeTheLastDayIsCountedInHalfHours() throws Exception {
        JsonNode answer = ok("/api/dashboards/deliveries");

        assertThat(answer.get("interval").asString()).isEqualTo("30m");
        assertThat(answer.get("requested").asLong()).as("all but d9, requested a day before t0").isEqualTo(11);
        assertThat(answer.get("overTime").size()).isBetween(48, 49);
    }

    @Test
    void routesAreRankedByRequestsThenByIdWithTheirDeliveredShare() throws Exception {
        JsonNode routes = ok("/api/dashboards/routes?" + range).get("routes");

        assertThat(routes.size()).isEqualTo(4);
        assertThat(row(routes.get(0))).isEqualTo("r1 Route One 3 2 0 570.0");
        assertThat(row(routes.get(1))).isEqualTo("r2 Route Two 2 1 0 300.0");
        assertThat(row(routes.get(2))).isEqualTo("r3 Route Three 2 1 0 200.0");
        assertThat(row(routes.get(3))).as("d11 cancelled").isEqualTo("r4 Route Four 2 0 1 null");
        JsonNode top = ok("/api/dashboards/routes?" + range + "&size=2").get("routes");
        assertThat(List.of(top.get(0).get("routeId").asString(), top.get(1).get("routeId").asString())).containsExactly("r1", "r2");
    }

    @Test
    void viewersCountsSessionsOpenNowByScopeAndOpenAtAnyMomentOfEachBucket() throws Exception {
        JsonNode answer = ok("/api/dashboards/viewers?" + range);

        assertThat(answer.get("openNow").asLong()).as("v4's openUntil has passed though it never closed").isEqualTo(2);
        assertThat(JSON.writeValueAsString(answer.get("byScope"))).isEqualTo("{\"fleet\":1,\"delivery\":1,\"area\":0}");
        List<Long> expected = new ArrayList<>(List.of(2L, 1L, 2L, 2L));
        expected.addAll(Collections.nCopies(4, 2L));
        expected.addAll(Collections.nCopies(4, 3L));
        expected.addAll(Collections.nCopies(12, 2L));
        assertThat(series(answer, "open", JsonNode::asLong)).isEqualTo(expected);
    }

    @Test
    void trailsAreTheLatestDeliveriesNewestFirstWithTheirPointsInOrderLongitudeFirst() throws Exception {
        JsonNode trails = ok("/api/dashboards/trails?" + range + "&limit=3").get("trails");

        assertThat(List.of(id(trails.get(0)), id(trails.get(1)), id(trails.get(2)))).containsExactly("d8", "d6", "d5");
        assertThat(trails.get(1).get("routeTitle").asString()).isEqualTo("Route Three");
        assertThat(trails.get(1).get("status").asString()).isEqualTo("delivered");
        JsonNode thinned = trails.get(1).get("points");
        assertThat(thinned.size()).as("1200 positions thinned").isEqualTo(500);
        assertThat(point(thinned.get(0))).containsExactly(-73.0, 41.0);
        assertThat(point(thinned.get(499))).containsExactly(-73.0 - 1199 * 1e-4, 41.0 + 1199 * 1e-4);
        assertThat(trails.get(0).get("points").size()).isZero();

        JsonNode d1 = ok("/api/dashboards/trails?" + range + "&deliveryId=d1").get("trails");
        assertThat(d1.size()).isEqualTo(1);
        JsonNode points = d1.get(0).get("points");
        assertThat(List.of(point(points.get(0)), point(points.get(1)), point(points.get(2))))
                .containsExactly(List.of(-74.01, 40.70), List.of(-74.00, 40.71), List.of(-73.99, 40.72));
    }

    @Test
    void aTrailLongerThanOnePageStillEndsWhereTheVehicleLastWas() throws Exception {
        JsonNode points = ok("/api/dashboards/trails?" + range + "&deliveryId=d4").get("trails").get(0).get("points");

        assertThat(points.size()).isEqualTo(500);
        assertThat(point(points.get(0))).containsExactly(-74.0, 40.0);
        assertThat(point(points.get(499))).containsExactly(-74.0 + 2499 * 1e-4, 40.0 + 2499 * 1e-4);
    }

    @Test
    void parametersThatCannotBeUsedAreRefusedWithProblemsSayingWhy() throws Exception {
        problem(backend, "/api/dashboards/deliveries?from=yesterday", 400, "from must be an ISO-8601 instant");
        problem(backend, "/api/dashboards/viewers?from=2026-11-26T10:00:00Z&to=2026-11-26T09:00:00Z", 400,
                "from must be before to");
        problem(backend, "/api/dashboards/deliveries?from=2025-01-01T00:00:00Z&to=2026-11-26T00:00:00Z", 400,
                "at most 400 days apart");
        problem(backend, "/api/dashboards/routes?size=0", 400, "size must be a whole number from 1 to 100");
        problem(backend, "/api/dashboards/routes?size=abc", 400, "size must be a whole number from 1 to 100");
        problem(backend, "/api/dashboards/trails?limit=101", 400, "limit must be a whole number from 1 to 100");
        problem(backend, "/api/dashboards/trails?deliveryId=no%20such%20id", 400, "deliveryId must be 1 to 64");
    }

    @Test
    void searchIsUpInHealth() throws Exception {
        await().atMost(WAIT).until(() -> "UP".equals(searchHealth(backend).get("status").asString()));
        assertThat(searchHealth(backend).get("details").get("url").asString()).isEqualTo(search.url());
    }

    @Test
    void indicesWithNothingInThemYetGiveZerosNotErrors() throws Exception {
        try (RunningBackend empty = RunningBackend.start("dashboards-empty-" + UUID.randomUUID(),
                "--codedelivery.search.url=" + search.url(), "--SEARCH_INDEX_NAMING=topics")) {
            JsonNode deliveries = JSON.readTree(empty.get("/api/dashboards/deliveries?" + range).body());
            assertThat(deliveries.get("requested").asLong() + deliveries.get("delivered").asLong()
                    + deliveries.get("active").asLong()).isZero();
            assertThat(deliveries.get("averageDurationSeconds").isNull()).isTrue();
            assertThat(series(deliveries, "requested", JsonNode::asLong)).hasSize(24).containsOnly(0L);
            assertThat(JSON.readTree(empty.get("/api/dashboards/routes?" + range).body()).get("routes").size()).isZero();
            JsonNode viewers = JSON.readTree(empty.get("/api/dashboards/viewers?" + range).body());
            assertThat(viewers.get("openNow").asLong()).isZero();
            assertThat(series(viewers, "open", JsonNode::asLong)).hasSize(24).containsOnly(0L);
            assertThat(JSON.readTree(empty.get("/api/dashboards/trails?" + range).body()).get("trails").size()).isZero();
        }
    }

    @Test
    void anUnreachableSearchEngineIs503WithRetryAfterAndUnavailableInHealthWhileTheReplicaStaysUpAndReady()
            throws Exception {
        String closedPort = "http://127.0.0.1:" + Ports.free();
        try (RunningBackend cut = RunningBackend.start("dashboards-cut-" + UUID.randomUUID(),
                "--codedelivery.search.url=" + closedPort)) {
            for (String dashboard : List.of("deliveries", "routes", "viewers", "trails")) {
                HttpResponse<String> answer = problem(cut, "/api/dashboards/" + dashboard, 503, "could not be reached");
                assertThat(answer.headers().firstValue("Retry-After")).hasValue("10");
                assertThat(JSON.readTree(answer.body()).get("title").asString()).isEqualTo("Search engine unavailable");
            }
            await().atMost(WAIT).until(() -> "UNAVAILABLE".equals(searchHealth(cut).get("status").asString()));
            assertThat(searchHealth(cut).get("details").get("lastError").asString()).contains("Connection refused");
            await().atMost(WAIT).until(() -> cut.get("/actuator/health/readiness").statusCode() == 200);
            HttpResponse<String> health = cut.get("/actuator/health");
            assertThat(health.statusCode()).as("only the dashboards are down: %s", health.body()).isEqualTo(200);
            assertThat(JSON.readTree(health.body()).get("status").asString()).isEqualTo("UP");
            assertThat(JSON.readTree(cut.get("/actuator/health/readiness").body()).get("components").has("search")).isFalse();
        }
    }

    private static JsonNode ok(String path) throws Exception {
        HttpResponse<String> answer = backend.get(path);
        assertThat(answer.statusCode()).as("%s: %s", path, answer.body()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        return JSON.readTree(answer.body());
    }

    private static HttpResponse<String> problem(RunningBackend replica, String path, int status, String detail) throws Exception {
        HttpResponse<String> answer = replica.get(path);
        assertThat(answer.statusCode()).as("%s: %s", path, answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(answer.body()).get("detail").asString()).contains(detail);
        return answer;
    }

    private static JsonNode searchHealth(RunningBackend replica) throws Exception {
        return JSON.readTree(replica.get("/actuator/health").body()).get("components").get("search");
    }
}
