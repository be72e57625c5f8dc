package io.codedelivery.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.codedelivery.devstack.Ports;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code ./codedelivery up} as a user runs it: it brings the whole system up, says where, serves
 * the app and the API, and when stopped it stops every process it started.
 */
class RunCommandIT {

    private static final Duration UP = Duration.ofMinutes(4);

    @Test
    void upStartsEverythingAndStoppingItLeavesNoProcessBehind() throws Exception {
        Path home = Files.createDirectories(Path.of("target", "up-home")).toAbsolutePath();
        Path output = home.resolve("up.out");
        int httpPort = Ports.free();
        int searchPort = Ports.free();
        int connectPort = Ports.free();
        ProcessBuilder command = new ProcessBuilder("./codedelivery", "up")
                .directory(Path.of("..").toAbsolutePath().normalize().toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        command.environment().putAll(Map.of(
                "CODEDELIVERY_HOME", home.toString(),
                "KAFKA_PORT", Integer.toString(Ports.free()),
                "KAFKA_CONTROLLER_PORT", Integer.toString(Ports.free()),
                "MONGO_PORT", Integer.toString(Ports.free()),
                "HTTP_PORT", Integer.toString(httpPort),
                "SIMULATOR_PORT", Integer.toString(Ports.free()),
                "SEARCH_PORT", Integer.toString(searchPort),
                "CONNECT_PORT", Integer.toString(connectPort)));
        Process up = command.start();
        try {
            await().atMost(UP).until(() -> Files.readString(output).contains("Code Delivery is up: http://localhost:" + httpPort)
                    || !up.isAlive());
            assertThat(up.isAlive()).as(Files.readString(output)).isTrue();
            List<ProcessHandle> started = up.descendants().toList();
            assertThat(started).hasSizeGreaterThanOrEqualTo(3);

            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + httpPort;
            assertThat(http.send(HttpRequest.newBuilder(URI.create(base + "/")).build(), HttpResponse.BodyHandlers.ofString()).body())
                    .contains("<div id=\"root\">");
            assertThat(http.send(HttpRequest.newBuilder(URI.create(base + "/api/routes")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);

            String progress = Files.readString(output);
            assertThat(progress).contains("ready    OpenSearch on 127.0.0.1:" + searchPort,
                    "ready    Kafka Connect on 127.0.0.1:" + connectPort, "ready    index templates",
                    "ready    connectors codedelivery-deliveries, codedelivery-positions, codedelivery-viewer-sessions, codedelivery-logs");
            String templates = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + searchPort
                    + "/_index_template/codedelivery-*")).build(), HttpResponse.BodyHandlers.ofString()).body();
            assertThat(templates).contains("\"codedelivery-positions\"", "\"codedelivery-deliveries\"",
                    "\"codedelivery-viewer-sessions\"", "\"codedelivery-logs\"", "geo_point");
            String connectors = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + connectPort
                    + "/connectors?expand=status")).build(), HttpResponse.BodyHandlers.ofString()).body();
            assertThat(connectors).contains("codedelivery-positions", "codedelivery-logs").doesNotContain("FAILED");

            // SIGTERM, not SIGINT: a process started from a non-interactive shell may inherit SIGINT as ignored.
            // The JVM runs the same shutdown hook for both; a real Ctrl-C is checked by hand (docs/operations.md).
            up.destroy();
            await().atMost(Duration.ofMinutes(1)).until(() -> !up.isAlive());
            await().atMost(Duration.ofSeconds(30)).until(() -> started.stream().noneMatch(ProcessHandle::isAlive));
            assertThat(Files.readString(output)).contains("[codedelivery] stopped");
            // the next start maps the classes each JVM loaded instead of loading them again
            assertThat(home.resolve("cds").resolve("backend.jsa")).exists();
            assertThat(home.resolve("cds").resolve("kafka.jsa")).exists();
            assertThat(home.resolve("cds").resolve("backend").resolve(ExecutableJars.of("backend").getFileName())).exists();
        } finally {
            up.descendants().forEach(ProcessHandle::destroyForcibly);
            up.destroyForcibly();
        }
    }

    @Test
    void aPortInUseStopsUpWithOneLineNamingIt() throws Exception {
        Path home = Files.createDirectories(Path.of("target", "up-busy-home")).toAbsolutePath();
        try (var taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Path output = home.resolve("up.out");
            ProcessBuilder command = new ProcessBuilder("./codedelivery", "up")
                    .directory(Path.of("..").toAbsolutePath().normalize().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            command.environment().putAll(Map.of("CODEDELIVERY_HOME", home.toString(),
                    "KAFKA_PORT", Integer.toString(taken.getLocalPort()),
                    "KAFKA_CONTROLLER_PORT", Integer.toString(Ports.free()),
                    "SEARCH_PORT", Integer.toString(Ports.free()),
                    "CONNECT_PORT", Integer.toString(Ports.free())));
            Process up = command.start();
            assertThat(up.waitFor(2, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
            assertThat(up.exitValue()).isEqualTo(1);
            assertThat(Files.readString(output)).contains("[codedelivery] failed: port " + taken.getLocalPort() + " (Kafka) is already in use on 127.0.0.1");
            // OpenSearch was starting beside the broker: it is stopped too, not left behind
            assertThat(ProcessHandle.allProcesses().filter(process -> process.info().commandLine()
                    .filter(line -> line.contains(home.toString())).isPresent()).toList()).isEmpty();
        }
    }
}
