package io.codedelivery.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.codedelivery.devstack.testkit.ViewerClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real browser opens the Dashboards page of the running system, whose data came the whole way:
 * deliveries driven by the simulator, through Kafka Connect into OpenSearch, queried by the backend.
 * All five of the seed's dashboards and the live count are filled; the screenshot is kept.
 */
class DashboardsBrowserIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration WAIT = Duration.ofMinutes(3);

    private static RunningSystem system;

    @BeforeAll
    static void start() {
        BrowserScript.requireChromium();
        system = RunningSystem.get();
    }

    @Test
    void theDashboardsPageShowsAllFiveFilledFromTheSearchEngine() throws Exception {
        JsonNode routes = JSON.readTree(system.get("/api/routes").body());
        List<String> deliveries = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            deliveries.add(system.startDelivery(routes.get(i).get("id").asString()));
        }
        try (ViewerClient viewer = ViewerClient.connect(system.webSocket())) {
            await().atMost(WAIT).until(viewer::hasSnapshot);
            for (String id : deliveries) {
                await().atMost(WAIT).until(() -> system.deliveryStatus(id).equals("delivered"));
            }
            await().atMost(WAIT).until(() -> dashboardNumber("deliveries", "delivered") >= 2);
            await().atMost(WAIT).until(() -> dashboardNumber("viewers", "openNow") >= 1);

            Path screenshot = BrowserScript.LOGS.resolve("dashboards.png").toAbsolutePath();
            JsonNode summary = BrowserScript.run("e2e/dashboards.e2e.mjs", "dashboards-browser.out", Map.of(
                    "BASE_URL", system.baseUrl(),
                    "SCREENSHOT", screenshot.toString(),
                    "TIMEOUT_MS", "90000"), Duration.ofMinutes(3));
            assertThat(summary.get("ok").asBoolean()).isTrue();
            for (String dashboard : List.of("deliveries", "viewers", "trails", "top-routes", "per-route", "active")) {
                assertThat(summary.at("/filled/" + dashboard).asBoolean()).as(dashboard + " filled").isTrue();
            }
            assertThat(screenshot).exists();
            System.out.println("dashboards screenshot: " + screenshot);
        }
    }

    /** A number of a dashboard's answer, or -1 while the backend answers otherwise (the engine still starting). */
    private static long dashboardNumber(String dashboard, String field) throws Exception {
        JsonNode answer = JSON.readTree(system.get("/api/dashboards/" + dashboard).body());
        return answer.has(field) ? answer.get(field).asLong() : -1;
    }
}
