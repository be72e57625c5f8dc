package io.codedelivery.e2e;

import io.codedelivery.devstack.ChildProcess;
import io.codedelivery.devstack.JavaService;
import io.codedelivery.devstack.LogShipper;
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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole system, once per test JVM: the shared broker and MongoDB wire server, plus the
 * simulator and backend executable jars, each in a JVM of its own, and the search side (OpenSearch,
 * Kafka Connect with our sink, templates, connectors and the log shipper), as {@code ./codedelivery up} runs them.
 * The simulator drives fast (150 m/s) so that a sample route takes tens of positions, not hundreds.
 */
final class RunningSystem {

    static final double SPEED_MPS = 150;
    private static final Duration READY = Duration.ofSeconds(120);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static RunningSystem instance;

    private final int httpPort;
    private final SearchSide search;
    private final Map<String, String> env;
    private final Path logs;
    private volatile ChildProcess backend;

    private RunningSystem(int httpPort, SearchSide search, Map<String, String> env, Path logs, ChildProcess backend) {
        this.httpPort = httpPort;
        this.search = search;
        this.env = env;
        this.logs = logs;
        this.backend = backend;
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
        SearchSide search = new SearchSide(temporaryFolder("search-side-"), infrastructure.kafkaBootstrapServers());
        FutureTask<Void> searchServers = new FutureTask<>(search::startServers, null);
        Thread.ofPlatform().daemon().name("start-search-side").start(searchServers);
        Map<String, String> env = Map.of(
                "SEARCH_URL", search.searchUrl(),
                "KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafkaBootstrapServers(),
                "MONGODB_URI", infrastructure.mongoUri("e2e-" + UUID.randomUUID()),
                "SIMULATOR_SPEED_MPS", Double.toString(SPEED_MPS),
                "SIMULATOR_STATE_DIR", temporaryFolder("simulator-state-").toString());
        ChildProcess simulator = JavaService.start("simulator", ExecutableJars.of("simulator"), Ports.free(), "/actuator/health/readiness", env,
                logs.resolve("simulator.out"), READY);
        int httpPort = Ports.free();
        ChildProcess backend = JavaService.start("backend", ExecutableJars.of("backend"), httpPort, "/actuator/health/readiness", env,
                logs.resolve("backend.out"), READY);
        awaitSearchServers(searchServers);
        search.configure();
        LogShipper logShipper = LogShipper.start(infrastructure.kafkaBootstrapServers(),
                Map.of("backend", logs.resolve("backend.out"), "simulator", logs.resolve("simulator.out")));
        RunningSystem system = new RunningSystem(httpPort, search, env, logs, backend);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> closeTogether(logShipper, () -> system.backend.close(),
                simulator, search), "running-system-stop"));
        return system;
    }

    /** Stops the backend as a deployment would (SIGTERM, graceful) and starts it again on the same port. */
    synchronized void restartBackend() {
        backend.close();
        backend = JavaService.start("backend", ExecutableJars.of("backend"), httpPort, "/actuator/health/readiness", env,
                logs.resolve("backend.out"), READY);
    }

    /**
     * Another backend replica beside the system's, on the same broker, database and simulator, with
     * settings of its own (signed in, say); the caller stops it.
     */
    ChildProcess startAnotherBackend(String name, int port, Map<String, String> settings) {
        Map<String, String> replicaEnv = new java.util.HashMap<>(env);
        replicaEnv.putAll(settings);
        return JavaService.start(name, ExecutableJars.of("backend"), port, "/actuator/health/readiness", replicaEnv,
                logs.resolve(name + ".out"), READY);
    }

    /** All at once: the test JVM has only so long to stop before its processes are left behind. */
    private static void closeTogether(AutoCloseable... parts) {
        List<Thread> stopping = Arrays.stream(parts).map(part -> Thread.ofPlatform().start(() -> {
            try {
                part.close();
            } catch (Exception e) {
                System.err.println("while stopping: " + e);
            }
        })).toList();
        for (Thread thread : stopping) {
            try {
                thread.join(Duration.ofSeconds(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void awaitSearchServers(FutureTask<Void> servers) {
        try {
            servers.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the search side did not start", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the search side started", e);
        }
    }

    /** Starts a delivery over REST, as a dispatcher does; fails the test unless it is accepted. */
    String startDelivery(String routeId) throws IOException, InterruptedException {
        HttpResponse<String> response = postJson("/api/deliveries", "{\"routeId\":\"" + routeId + "\"}");
        if (response.statusCode() != 201) {
            throw new AssertionError("starting a delivery on " + routeId + " answered " + response.statusCode()
                    + ": " + response.body());
        }
        return JSON.readTree(response.body()).get("id").asString();
    }

    /** The delivery's status as the API tells it: requested, in_transit or delivered. */
    String deliveryStatus(String deliveryId) throws IOException, InterruptedException {
        return JSON.readTree(get("/api/deliveries/" + deliveryId).body()).get("status").asString();
    }

    SearchSide search() {
        return search;
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


    private static Path temporaryFolder(String prefix) {
        try {
            Files.createDirectories(Path.of("target"));
            return Files.createTempDirectory(Path.of("target"), prefix).toAbsolutePath();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
