package io.codedelivery.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
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
        return start(script, outputName, env).finish(timeout);
    }

    /** Starts {@code script} and lets the test talk to it while it runs (see {@link Running}). */
    static Running start(String script, String outputName, Map<String, String> env) throws IOException {
        Path output = Files.createDirectories(LOGS).resolve(outputName);
        ProcessBuilder command = new ProcessBuilder("node", script)
                .directory(WEB.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        command.environment().putAll(env);
        return new Running(command.start(), output);
    }

    /**
     * A script that is running. It can ask the test to do something by printing a line
     * {@code {"awaiting":"<what>"}} and waiting for the file named by its {@code CONTINUE_FILE}
     * environment variable to hold that word.
     */
    record Running(Process process, Path output) {

        /** Waits for the script to print {@code {"awaiting":"<what>"}}; fails if it ends before. */
        void awaitRequest(String what, Duration timeout) throws IOException {
            String line = "{\"awaiting\":\"" + what + "\"}";
            try {
                await().atMost(timeout).pollInterval(Duration.ofMillis(200)).until(() -> {
                    String printed = Files.readString(output);
                    assertThat(process.isAlive() || printed.contains(line))
                            .as("the browser script ended before asking for " + what + ":\n" + printed)
                            .isTrue();
                    return printed.contains(line);
                });
            } catch (RuntimeException | AssertionError e) {
                process.destroyForcibly();
                throw new AssertionError("the browser script did not ask for " + what + " in time; it printed:\n"
                        + Files.readString(output), e);
            }
        }

        /** Tells the script that what it asked for is done. */
        void answer(Path continueFile, String what) throws IOException {
            Files.writeString(continueFile, what);
        }

        JsonNode finish(Duration timeout) throws Exception {
            boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                process.destroyForcibly();
            }
            List<String> lines = Files.readAllLines(output);
            assertThat(finished).as("browser test finished in time:\n" + String.join("\n", lines)).isTrue();
            assertThat(process.exitValue()).as(String.join("\n", lines)).isZero();
            return JSON.readTree(lines.get(lines.size() - 1));
        }
    }
}
