package io.codedelivery.bench.stack;

import io.codedelivery.bench.BenchOptions;
import io.codedelivery.devstack.ChildProcess;
import io.codedelivery.devstack.JavaService;
import io.codedelivery.devstack.KafkaBroker;
import io.codedelivery.devstack.Ports;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

/**
 * A fresh stack, as {@code ./codedelivery up} runs it but on random free ports and with nothing
 * kept: a Kafka broker and a MongoDB wire server (memory), each in a JVM of its own, then the
 * simulator and backend executable jars, started together. The simulator drives at the bench's
 * speed (slower than the default, so that every delivery of a big step is still driving when the
 * last one starts; the load is one position per vehicle per tick whatever the speed).
 */
public final class LocalStack implements Stack {

    private static final Duration READY = Duration.ofSeconds(180);
    private static final String HEALTH = "/actuator/health/readiness";

    private static final Set<LocalStack> OPEN = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> OPEN.forEach(LocalStack::close), "bench-stack-stop"));
    }

    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private final Map<String, Long> pids = new LinkedHashMap<>();
    private ChildProcess simulatorProcess;
    private String bootstrap;
    private int simulatorPort;
    private int backendPort;

    private LocalStack() {
    }

    public static LocalStack start(BenchOptions.LocalJars jars, Path dir, double speedMps) {
        LocalStack stack = new LocalStack();
        OPEN.add(stack);
        try {
            stack.startAll(jars, dir, speedMps);
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    private void startAll(BenchOptions.LocalJars jars, Path dir, double speedMps) {
        requireJar(jars.backendJar());
        requireJar(jars.simulatorJar());
        int mongoPort = Ports.free();
        ChildProcess mongo = ChildProcess.startJava("mongo", List.of("-Xms32m", "-Xmx512m", "-cp",
                System.getProperty("java.class.path"), MongoMain.class.getName(), Integer.toString(mongoPort)), Map.of(),
                dir.resolve("mongo.out"));
        started.push(mongo);
        KafkaBroker kafka = KafkaBroker.start(dir.resolve("kafka"), Ports.free(), Ports.free(), READY);
        started.push(kafka);
        pids.put("kafka", kafka.pid());
        bootstrap = kafka.bootstrapServers();
        mongo.awaitReady(() -> mongo.outputContains("listening on"), READY);
        pids.put("mongo", mongo.pid());
        Map<String, String> env = Map.of("KAFKA_BOOTSTRAP_SERVERS", bootstrap,
                "MONGODB_URI", "mongodb://127.0.0.1:" + mongoPort + "/codedelivery",
                "SIMULATOR_STATE_DIR", dir.resolve("simulator-state").toAbsolutePath().toString(),
                "SIMULATOR_SPEED_MPS", Double.toString(speedMps),
                // the load driver is one client starting a whole fleet on purpose
                "RATE_LIMIT_STARTS_PER_MINUTE", "0");
        simulatorPort = Ports.free();
        backendPort = Ports.free();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            var simulator = CompletableFuture.supplyAsync(() -> JavaService.start("simulator", jars.simulatorJar(),
                    simulatorPort, HEALTH, env, dir.resolve("simulator.out"), READY), executor);
            var backend = CompletableFuture.supplyAsync(() -> JavaService.start("backend", jars.backendJar(),
                    backendPort, HEALTH, env, dir.resolve("backend.out"), READY), executor);
            CompletableFuture.allOf(simulator, backend).exceptionally(e -> null).join();
            Map<String, CompletableFuture<ChildProcess>> services = Map.of("simulator", simulator, "backend", backend);
            services.forEach((name, service) -> {
                if (!service.isCompletedExceptionally()) {
                    started.push(service.join());
                    pids.put(name, service.join().pid());
                    if (name.equals("simulator")) {
                        simulatorProcess = service.join();
                    }
                }
            });
            services.forEach((name, service) -> {
                if (service.isCompletedExceptionally()) {
                    throw new IllegalStateException(name + " did not start: " + service.exceptionNow().getMessage());
                }
            });
        }
    }

    private static void requireJar(Path jar) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it first (./codedelivery build), or pass --backend-jar/--simulator-jar");
        }
    }

    /**
     * Stops the simulator (SIGTERM: Kafka Streams ends its transaction before it exits), so that no
     * position is produced any more; the rest keeps running. Closing the stack afterwards is harmless.
     */
    public void stopSimulator() {
        if (simulatorProcess != null) {
            simulatorProcess.close();
        }
    }

    @Override
    public URI backend() {
        return URI.create("http://127.0.0.1:" + backendPort);
    }

    @Override
    public URI simulator() {
        return URI.create("http://127.0.0.1:" + simulatorPort);
    }

    @Override
    public String bootstrap() {
        return bootstrap;
    }

    @Override
    public Map<String, Long> processes() {
        return pids;
    }

    @Override
    public synchronized void close() {
        OPEN.remove(this);
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                System.err.println("[bench] while stopping: " + e.getMessage());
            }
        }
    }
}
