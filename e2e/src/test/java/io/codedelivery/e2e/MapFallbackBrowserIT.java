package io.codedelivery.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/**
 * Google Maps configured but unusable (web/e2e/map-fallback.e2e.mjs): its script blocked, never
 * answering, or refusing the key. The page must say so and draw MapLibre instead.
 */
class MapFallbackBrowserIT {

    private static RunningSystem system;

    @BeforeAll
    static void start() {
        BrowserScript.requireChromium();
        system = RunningSystem.get();
    }

    @ParameterizedTest
    @CsvSource({"abort, load-failed", "hang, timeout", "auth, auth-failed"})
    void whenGoogleMapsCannotBeUsedThePageSaysSoAndDrawsMapLibre(String mode, String reason) throws Exception {
        String deliveryId = system.startDelivery("broadway");
        JsonNode summary = BrowserScript.run("e2e/map-fallback.e2e.mjs", "map-fallback-" + mode + ".out", Map.of(
                "BASE_URL", system.baseUrl(),
                "DELIVERY_ID", deliveryId,
                "MODE", mode,
                "SCREENSHOT", BrowserScript.LOGS.resolve("map-fallback-" + mode + ".png").toAbsolutePath().toString(),
                "TIMEOUT_MS", "90000"), Duration.ofMinutes(2));
        assertThat(summary.get("ok").asBoolean()).isTrue();
        assertThat(summary.toString()).contains(reason);
    }
}
