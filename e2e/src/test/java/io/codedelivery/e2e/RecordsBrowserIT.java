package io.codedelivery.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real browser (Debian's Chromium, driven by playwright-core) imports a GPX route on the routes
 * page, starts a delivery on it from the live map, cancels it there and sees its vehicle leave the
 * map, then finds it cancelled in the delivery history ({@code /deliveries?status=cancelled}).
 */
class RecordsBrowserIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static RunningSystem system;

    @BeforeAll
    static void start() {
        BrowserScript.requireChromium();
        system = RunningSystem.get();
    }

    @Test
    void aDispatcherImportsARouteCancelsADeliveryOnItFromTheMapAndFindsItCancelledInTheHistory() throws Exception {
        JsonNode summary = BrowserScript.run("e2e/records.e2e.mjs", "records-browser.out", Map.of(
                "BASE_URL", system.baseUrl(),
                "SCREENSHOT", BrowserScript.LOGS.resolve("records.png").toAbsolutePath().toString(),
                "TIMEOUT_MS", "150000"), Duration.ofMinutes(3));
        assertThat(summary.get("ok").asBoolean()).isTrue();
        assertThat(summary.get("points").asInt()).isEqualTo(30);
        assertThat(summary.get("historyStatus").asString()).isEqualTo("cancelled");
        assertThat(summary.get("cspViolations").asInt()).as("refusals of the Content-Security-Policy").isZero();

        String routeId = summary.get("routeId").asString();
        String deliveryId = summary.get("deliveryId").asString();
        assertThat(idsOf(JSON.readTree(system.get("/api/routes").body()))).contains(routeId);
        assertThat(system.deliveryStatus(deliveryId)).isEqualTo("cancelled");
        JsonNode history = JSON.readTree(system.get("/api/deliveries?status=cancelled&routeId="
                + URLEncoder.encode(routeId, StandardCharsets.UTF_8)).body());
        assertThat(idsOf(history.get("items"))).containsExactly(deliveryId);
    }

    private static List<String> idsOf(JsonNode list) {
        List<String> ids = new ArrayList<>();
        for (JsonNode item : list) {
            ids.add(item.get("id").asString());
        }
        return ids;
    }
}
