package io.codedelivery.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
    private static final Path WEB = Path.of(System.getProperty("codedelivery.web.dir", "../web"));

    private static RunningSystem system;

    @BeforeAll
    static void start() {
        assertThat(Path.of("/usr/bin/chromium")).as("Debian's chromium (web/e2e/ensure-chromium.sh installs it)").exists();
        system = RunningSystem.get();
    }

    @Test
    void aDispatcherStartsADeliveryFromTheMapAndWatchesTheVehicleDriveUntilDelivered() throws Exception {
        Path logs = Files.createDirectories(Path.of("target", "e2e-logs"));
        Path output = logs.resolve("browser.out");
        ProcessBuilder command = new ProcessBuilder("node", "e2e/start-delivery.e2e.mjs")
                .directory(WEB.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        command.environment().put("BASE_URL", system.baseUrl());
        command.environment().put("SCREENSHOT", logs.resolve("browser.png").toAbsolutePath().toString());
        command.environment().put("UNTIL_DELIVERED", "1");
        command.environment().put("TIMEOUT_MS", "150000");
        Process browser = command.start();
        assertThat(browser.waitFor(3, TimeUnit.MINUTES)).as("browser test finished in time").isTrue();
        List<String> lines = Files.readAllLines(output);
        assertThat(browser.exitValue()).as(String.join("\n", lines)).isZero();

        JsonNode summary = JSON.readTree(lines.get(lines.size() - 1));
        assertThat(summary.get("ok").asBoolean()).isTrue();
        assertThat(summary.get("positionsSeen").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(summary.get("status").asString()).isEqualTo("delivered");
        assertThat(summary.get("notice").asString()).contains("delivered");
        String deliveryId = summary.get("deliveryId").asString();
        await().atMost(Duration.ofSeconds(30)).until(() -> JSON.readTree(system.get("/api/deliveries/" + deliveryId)
                .body()).get("status").asString().equals("delivered"));
    }
}
