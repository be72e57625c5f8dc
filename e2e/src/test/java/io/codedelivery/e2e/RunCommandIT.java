package io.codedelivery.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.codedelivery.devstack.Ports;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code ./codedelivery up} as a user runs it: it brings the whole system up, with two backends
 * behind the failover proxy and two simulators, says where, serves the app and the API, and when
 * stopped it stops every process it started.
 */
class RunCommandIT {

    private static final Duration UP = Duration.ofMinutes(4);

    @Test
    void upStartsEverythingAndStoppingItLeavesNoProcessBehind() throws Exception {
        Path home = Files.createDirectories(Path.of("target", "up-home")).toAbsolutePath();
        Path output = home.resolve("up.out");
        // every port distinct, the replicas' ports (10 and 20 above) included: nothing is bound until up starts
        Set<Integer> taken = new HashSet<>();
        int httpPort = freeWithReplicaPorts(taken);
        int simulatorPort = freeWithReplicaPorts(taken);
        int searchPort = freeOtherThan(taken);
        int connectPort = freeOtherThan(taken);
        ProcessBuilder command = new ProcessBuilder("./codedelivery", "up", "--backends", "2", "--simulators=2")
                .directory(Path.of("..").toAbsolutePath().normalize().toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        command.environment().putAll(Map.of(
                "CODEDELIVERY_HOME", home.toString(),
                "KAFKA_PORT", Integer.toString(freeOtherThan(taken)),
                "KAFKA_CONTROLLER_PORT", Integer.toString(freeOtherThan(taken)),
                "MONGO_PORT", Integer.toString(freeOtherThan(taken)),
                "HTTP_PORT", Integer.toString(httpPort),
                "SIMULATOR_PORT", Integer.toString(simulatorPort),
                "SEARCH_PORT", Integer.toString(searchPort),
                "CONNECT_PORT", Integer.toString(connectPort)));
        Process up = command.start();
        try {
            await().atMost(UP).until(() -> Files.readString(output).contains("Code Delivery is up: http://localhost:" + httpPort)
                    || !up.isAlive());
            assertThat(up.isAlive()).as(Files.readString(output)).isTrue();
            List<ProcessHandle> started = up.descendants().toList();
            assertThat(started).hasSizeGreaterThanOrEqualTo(5);

            String progress = Files.readString(output);
            assertThat(progress).contains("Code Delivery is up: http://localhost:" + httpPort + " (failover proxy over backend-1 :"
                    + (httpPort + 10) + ", backend-2 :" + (httpPort + 20) + "; simulators simulator-1 :" + simulatorPort
                    + ", simulator-2 :" + (simulatorPort + 10) + ")");
            assertThat(progress).contains("open access, no sign-in: every part listens on 127.0.0.1 only");
            assertThat(progress).contains("ready    backend-2 on 127.0.0.1:" + (httpPort + 20),
                    "ready    simulator-2 on 127.0.0.1:" + (simulatorPort + 10));

            HttpClient http = HttpClient.newHttpClient();
            for (int port : List.of(httpPort, httpPort + 10, httpPort + 20)) {
                String base = "http://127.0.0.1:" + port;
                assertThat(get(http, base + "/").body()).as(base).contains("<div id=\"root\">");
                assertThat(get(http, base + "/api/routes").statusCode()).as(base).isEqualTo(200);
            }
            // the two simulators share the work: while they agree who does which, one may briefly say it is not ready
            for (int port : List.of(simulatorPort, simulatorPort + 10)) {
                await().atMost(Duration.ofMinutes(1)).until(
                        () -> get(http, "http://127.0.0.1:" + port + "/actuator/health/readiness").statusCode() == 200);
            }
            // each replica logs to a file of its own, its lines naming it
            Path logs = home.resolve("logs");
            assertThat(Files.readString(logs.resolve("backend-2.out"))).contains("\"node\":{\"name\":\"backend-2\"}");
            assertThat(Files.readString(logs.resolve("simulator-1.out"))).contains("\"node\":{\"name\":\"simulator-1\"}");

            assertThat(progress).contains("ready    OpenSearch on 127.0.0.1:" + searchPort,
                    "ready    Kafka Connect on 127.0.0.1:" + connectPort, "ready    index templates",
                    "ready    connectors codedelivery-deliveries, codedelivery-positions, codedelivery-viewer-sessions, codedelivery-logs, "
                            + "codedelivery-audit");
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
            // the next start maps the classes each JVM loaded instead of loading them again; backend-1 keeps the backend's
            assertThat(home.resolve("cds").resolve("backend.jsa")).exists();
            assertThat(home.resolve("cds").resolve("kafka.jsa")).exists();
            assertThat(home.resolve("cds").resolve("backend").resolve(ExecutableJars.of("backend").getFileName())).exists();
        } finally {
            up.descendants().forEach(ProcessHandle::destroyForcibly);
            up.destroyForcibly();
        }
    }

    @Test
    void aBadReplicaCountStopsUpWithOneLineBeforeAnythingStarts() throws Exception {
        Process up = new ProcessBuilder("./codedelivery", "up", "--backends", "10")
                .directory(Path.of("..").toAbsolutePath().normalize().toFile())
                .redirectErrorStream(true)
                .start();
        assertThat(up.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(up.exitValue()).isEqualTo(2);
        assertThat(new String(up.getInputStream().readAllBytes()))
                .isEqualTo("[codedelivery] error: --backends takes a number from 1 to 9, was '10'\n");
    }

    @Test
    void aPortInUseStopsUpWithOneLineNamingIt() throws Exception {
        Path home = Files.createDirectories(Path.of("target", "up-busy-home")).toAbsolutePath();
        try (var taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
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
            assertThat(up.waitFor(2, TimeUnit.MINUTES)).isTrue();
            assertThat(up.exitValue()).isEqualTo(1);
            assertThat(Files.readString(output)).contains("[codedelivery] failed: port " + taken.getLocalPort() + " (Kafka) is already in use on 127.0.0.1");
            // OpenSearch was starting beside the broker: it is stopped too, not left behind
            assertThat(ProcessHandle.allProcesses().filter(process -> process.info().commandLine()
                    .filter(line -> line.contains(home.toString())).isPresent()).toList()).isEmpty();
        }
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A free port with the ports 10 and 20 above it free too: up's replicas take those. */
    private static int freeWithReplicaPorts(Set<Integer> taken) {
        for (int attempt = 0; attempt < 100; attempt++) {
            int port = Ports.free();
            List<Integer> ports = List.of(port, port + 10, port + 20);
            if (port + 20 <= 65535 && ports.stream().noneMatch(taken::contains) && isFree(port + 10) && isFree(port + 20)) {
                taken.addAll(ports);
                return port;
            }
        }
        throw new IllegalStateException("no free port with free ports 10 and 20 above it");
    }

    private static int freeOtherThan(Set<Integer> taken) {
        for (int attempt = 0; attempt < 100; attempt++) {
            int port = Ports.free();
            if (taken.add(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no free port other than " + taken);
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
