package io.codedelivery.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The fleet view and the tracking page in a real browser (web/e2e/fleet.e2e.mjs): three deliveries
 * started from the UI, a viewer that arrives later, a customer's tracking page, a backend restart
 * under the open pages, finished deliveries leaving the active list, and the Portuguese UI.
 * Screenshots of the busy map and the tracking page are kept under target/e2e-logs.
 */
class FleetBrowserIT {

    private static RunningSystem system;

    @BeforeAll
    static void start() {
        BrowserScript.requireChromium();
        system = RunningSystem.get();
    }

    @Test
    void dispatchersAndCustomersSeeEveryDeliveryTheyAskForThroughABackendRestart() throws Exception {
        Path continueFile = Files.createTempFile(Files.createDirectories(BrowserScript.LOGS), "fleet-continue", ".txt");
        BrowserScript.Running browser = BrowserScript.start("e2e/fleet.e2e.mjs", "fleet-browser.out", Map.of(
                "BASE_URL", system.baseUrl(),
                "CONTINUE_FILE", continueFile.toAbsolutePath().toString(),
                "SCREENSHOT_DIR", BrowserScript.LOGS.toAbsolutePath().toString(),
                "TIMEOUT_MS", "300000"));

        browser.awaitRequest("backend-restart", Duration.ofMinutes(3));
        system.restartBackend();
        browser.answer(continueFile, "backend-restart");

        JsonNode summary = browser.finish(Duration.ofMinutes(5));
        assertThat(summary.get("ok").asBoolean()).isTrue();
        List<String> started = new ArrayList<>();
        summary.get("deliveryIds").forEach(id -> started.add(id.asString()));
        assertThat(started).hasSize(3).doesNotHaveDuplicates();
        assertThat(summary.get("trackingSocket").asString()).contains("delivery=" + started.getFirst());
        List<String> seenByTrackingPage = new ArrayList<>();
        summary.get("trackingSawDeliveries").forEach(id -> seenByTrackingPage.add(id.asString()));
        assertThat(seenByTrackingPage).containsExactly(started.getFirst());
        for (String id : started) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(system.deliveryStatus(id)).as("delivery %s", id).isEqualTo("delivered"));
        }
        assertThat(BrowserScript.LOGS.resolve("fleet.png")).isNotEmptyFile();
        assertThat(BrowserScript.LOGS.resolve("tracking.png")).isNotEmptyFile();
    }
}
