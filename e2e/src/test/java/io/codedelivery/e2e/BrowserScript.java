package io.codedelivery.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs one of the web app's browser scripts ({@code web/e2e/*.e2e.mjs}: playwright-core driving
 * Debian's Chromium) and gives back the JSON summary it prints last; its whole output is kept under
 * {@code target/e2e-logs}.
 */
final class BrowserScript {

    static final Path LOGS = Path.of("target", "e2e-logs");
    private static final Path WEB = Path.of(System.getProperty("codedelivery.web.dir", "../web"));
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BrowserScript() {
    }

    static void requireChromium() {
        assertThat(Path.of("/usr/bin/chromium")).as("Debian's chromium (web/e2e/ensure-chromium.sh installs it)").exists();
    }

    /** Runs {@code script}, fails the test unless it exits 0 within {@code timeout}, and returns its summary. */
    static JsonNode run(String script, String outputName, Map<String, String> env, Duration timeout) throws Exception {
        Path output = Files.createDirectories(LOGS).resolve(outputName);
        ProcessBuilder command = new ProcessBuilder("node", script)
                .directory(WEB.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        command.environment().putAll(env);
        Process browser = command.start();
        assertThat(browser.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)).as("browser test finished in time").isTrue();
        List<String> lines = Files.readAllLines(output);
        assertThat(browser.exitValue()).as(String.join("\n", lines)).isZero();
        return JSON.readTree(lines.get(lines.size() - 1));
    }
}
