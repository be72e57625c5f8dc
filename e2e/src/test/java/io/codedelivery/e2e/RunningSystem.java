package io.codedelivery.e2e;

import io.codedelivery.devstack.ChildProcess;
import io.codedelivery.devstack.JavaService;
import io.codedelivery.devstack.Ports;
import io.codedelivery.devstack.SharedInfrastructure;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * The whole system, once per test JVM: the shared broker and MongoDB wire server, plus the
 * simulator and backend executable jars, each in a JVM of its own, as {@code ./codedelivery up} runs them.
 * The simulator drives fast (150 m/s) so that a sample route takes tens of positions, not hundreds.
 */
final class RunningSystem {

    static final double SPEED_MPS = 150;
    private static final Duration READY = Duration.ofSeconds(120);
    private static RunningSystem instance;

    private final int httpPort;

    private RunningSystem(int httpPort) {
        this.httpPort = httpPort;
    }

    static synchronized RunningSystem get() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    private static RunningSystem start() {
        SharedInfrastructure infrastructure = SharedInfrastructure.get();
        Path logs = Path.of("target", "e2e-logs");
        Map<String, String> env = Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafkaBootstrapServers(),
                "MONGODB_URI", infrastructure.mongoUri("e2e-" + UUID.randomUUID()),
                "SIMULATOR_SPEED_MPS", Double.toString(SPEED_MPS),
                "SIMULATOR_STATE_DIR", stateDir().toString());
        ChildProcess simulator = JavaService.start("simulator", ExecutableJars.of("simulator"), Ports.free(), "/actuator/health/readiness", env,
                logs.resolve("simulator.out"), READY);
        int httpPort = Ports.free();
        ChildProcess backend = JavaService.start("backend", ExecutableJars.of("backend"), httpPort, "/actuator/health/readiness", env,
                logs.resolve("backend.out"), READY);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            backend.close();
            simulator.close();
        }, "running-system-stop"));
        return new RunningSystem(httpPort);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + httpPort;
    }

    URI webSocket() {
        return URI.create("ws://127.0.0.1:" + httpPort + "/ws");
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }


    private static Path stateDir() {
        try {
            Files.createDirectories(Path.of("target"));
            return Files.createTempDirectory(Path.of("target"), "simulator-state-").toAbsolutePath();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
