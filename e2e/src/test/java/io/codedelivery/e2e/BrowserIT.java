package io.codedelivery.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real browser (Debian's Chromium, driven by playwright-core) opens the app served by the backend,
 * starts a delivery from the route picker, sees the vehicle move on the map, and sees it delivered.
 */
class BrowserIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static RunningSystem system;

    @BeforeAll
    static void start() {
        BrowserScript.requireChromium();
        system = RunningSystem.get();
    }

    @Test
    void aDispatcherStartsADeliveryFromTheMapAndWatchesTheVehicleDriveUntilDelivered() throws Exception {
        JsonNode summary = BrowserScript.run("e2e/start-delivery.e2e.mjs", "browser.out", Map.of(
                "BASE_URL", system.baseUrl(),
                "SCREENSHOT", BrowserScript.LOGS.resolve("browser.png").toAbsolutePath().toString(),
                "UNTIL_DELIVERED", "1",
                "TIMEOUT_MS", "150000"), Duration.ofMinutes(3));
        assertThat(summary.get("ok").asBoolean()).isTrue();
        assertThat(summary.get("positionsSeen").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(summary.get("status").asString()).isEqualTo("delivered");
        assertThat(summary.get("notice").asString()).contains("delivered");
        String deliveryId = summary.get("deliveryId").asString();
        await().atMost(Duration.ofSeconds(30)).until(() -> JSON.readTree(system.get("/api/deliveries/" + deliveryId)
                .body()).get("status").asString().equals("delivered"));
    }
}
