package io.codedelivery.e2e.chaos;

import io.codedelivery.devstack.ChildProcess;
import io.codedelivery.devstack.FailoverProxy;
import io.codedelivery.devstack.JavaService;
import io.codedelivery.devstack.KafkaBroker;
import io.codedelivery.devstack.MongoWireServer;
import io.codedelivery.devstack.Ports;
import io.codedelivery.e2e.ExecutableJars;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

/**
 * Several replicas of each service against one broker and one MongoDB wire server, as
 * {@code ./codedelivery up --backends N --simulators M} runs them: every replica from its executable
 * jar in a process of its own, the simulators each with their own state folder, and a
 * {@link FailoverProxy} as the one address in front of the backends. The broker is this stack's
 * own, so its deliveries meet no other test's simulator.
 */
final class ReplicaStack implements AutoCloseable {

    /** About 40 to 55 s a sample route: a replica started mid-run is ready while deliveries still drive. */
    static final double SPEED_MPS = 60;
    private static final Duration READY = Duration.ofMinutes(3);
    private static final String READINESS = "/actuator/health/readiness";

    /** One running replica of a service. */
    record Replica(String name, int port, ChildProcess process) {

        URI http() {
            return URI.create("http://127.0.0.1:" + port);
        }

        URI webSocket() {
            return URI.create("ws://127.0.0.1:" + port + "/ws");
        }
    }

    private final Path home;
    private final KafkaBroker broker;
    private final MongoWireServer mongo = MongoWireServer.startInMemory(Ports.free());
    private final List<Replica> backends = new CopyOnWriteArrayList<>();
    private final List<Replica> simulators = new CopyOnWriteArrayList<>();
    private final int proxyPort = Ports.free();
    private FailoverProxy proxy;
    private boolean closed;

    private ReplicaStack(Path home) {
        this.home = home;
        this.broker = KafkaBroker.start(home.resolve("kafka"), Ports.free(), Ports.free(), READY);
    }

    /** Starts every replica at the same time, the backends on an empty database. */
    static ReplicaStack start(int backendCount, int simulatorCount) {
        ReplicaStack stack = new ReplicaStack(newHome());
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "replica-stack-stop"));
        try {
            List<CompletableFuture<Replica>> starting = new ArrayList<>();
            IntStream.rangeClosed(1, simulatorCount).forEach(i -> starting.add(
                    CompletableFuture.supplyAsync(() -> stack.startSimulator("simulator-" + i))));
            IntStream.rangeClosed(1, backendCount).forEach(i -> starting.add(
                    CompletableFuture.supplyAsync(() -> stack.startBackend("backend-" + i))));
            CompletableFuture.allOf(starting.toArray(CompletableFuture[]::new)).join();
            stack.proxy = FailoverProxy.start(stack.proxyPort, stack.backends.stream().map(Replica::http).toList(), READINESS);
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
        return stack;
    }

    Replica startBackend(String name) {
        Map<String, String> env = Map.of("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers(),
                "MONGODB_URI", mongo.connectionString("replicas"),
                "LOGGING_STRUCTURED_ECS_SERVICE_NODE_NAME", name,
                // viewers reach the backends through the proxy, so their pages come from its address
                "VIEWER_ALLOWED_ORIGINS", "http://127.0.0.1:" + proxyPort);
        return start(name, "backend", env, backends);
    }

    private Replica startSimulator(String name) {
        Map<String, String> env = Map.of("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers(),
                "SIMULATOR_SPEED_MPS", Double.toString(SPEED_MPS),
                "SIMULATOR_STATE_DIR", home.resolve("simulator-state").resolve(name).toString(),
                "LOGGING_STRUCTURED_ECS_SERVICE_NODE_NAME", name);
        return start(name, "simulator", env, simulators);
    }

    private Replica start(String name, String service, Map<String, String> env, List<Replica> replicas) {
        int port = Ports.free();
        ChildProcess process = JavaService.start(name, ExecutableJars.of(service), port, READINESS, env,
                logs().resolve(name + ".out"), READY);
        Replica replica = new Replica(name, port, process);
        replicas.add(replica);
        return replica;
    }

    void kill(Replica replica) {
        Sigkill.kill(replica.process().pid());
        backends.remove(replica);
        simulators.remove(replica);
    }

    List<Replica> backends() {
        return List.copyOf(backends);
    }

    List<Replica> simulators() {
        return List.copyOf(simulators);
    }

    /** The one address in front of the backends started with the stack. */
    URI proxyWebSocket() {
        return URI.create("ws://127.0.0.1:" + proxy.port() + "/ws");
    }

    String bootstrapServers() {
        return broker.bootstrapServers();
    }

    Path logs() {
        return home.resolve("logs");
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        List<AutoCloseable> parts = new ArrayList<>();
        if (proxy != null) {
            parts.add(proxy);
        }
        parts.addAll(backends.stream().map(Replica::process).toList());
        parts.addAll(simulators.stream().map(Replica::process).toList());
        parts.forEach(ReplicaStack::closeQuietly);
        closeQuietly(broker);
        mongo.close();
    }

    private static void closeQuietly(AutoCloseable part) {
        try {
            part.close();
        } catch (Exception e) {
            System.err.println("replicas: could not stop " + part + ": " + e);
        }
    }

    private static Path newHome() {
        try {
            Files.createDirectories(Path.of("target"));
            return Files.createTempDirectory(Path.of("target"), "replicas-").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
