package io.codedelivery.e2e.chaos;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import io.codedelivery.devstack.ChildProcess;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * A whole system of its own for the chaos tests: its own broker (so killing it breaks no other
 * test), a MongoDB wire server in this JVM, and the simulator and backend executable jars. Each of
 * the three processes can be killed with SIGKILL and started again on the same ports and data
 * folders, as a supervisor would restart it; with its data in a file, MongoDB too can be stopped
 * and started again.
 */
final class ChaosStack implements AutoCloseable {

    static final double SPEED_MPS = 100;
    /** The lock the classes with stacks of their own hold: one such class at a time, beside the shared system's. */
    static final String OWN_STACKS = "chaos-own-stacks";
    private static final Duration READY = Duration.ofSeconds(120);
    private static final String READINESS = "/actuator/health/readiness";
    private static final String DATABASE = "chaos";
    /** Shorter than the 30 s default, so that the test of a backend killed before publishing need not wait. */
    static final Duration PENDING_REQUEST_AFTER = Duration.ofSeconds(5);

    private final Path home;
    private final int kafkaPort = Ports.free();
    private final int controllerPort = Ports.free();
    private final int simulatorPort = Ports.free();
    private final int backendPort = Ports.free();
    private final int mongoPort = Ports.free();
    private final boolean mongoInFile;
    private MongoWireServer mongo;
    private KafkaBroker broker;
    private ChildProcess simulator;
    private ChildProcess backend;
    private boolean closed;

    private ChaosStack(Path home, boolean mongoInFile) {
        this.home = home;
        this.mongoInFile = mongoInFile;
        startMongo();
    }

    /** MongoDB in memory: it cannot be restarted with its data. */
    static ChaosStack start() {
        return start(false);
    }

    /** MongoDB keeps its data in a file under the stack's folder, so it can be stopped and started again. */
    static ChaosStack startWithMongoInFile() {
        return start(true);
    }

    private static ChaosStack start(boolean mongoInFile) {
        ChaosStack stack = new ChaosStack(newHome(), mongoInFile);
        try {
            stack.startBroker();
            CompletableFuture<Void> simulator = CompletableFuture.runAsync(stack::startSimulator);
            stack.startBackend();
            simulator.join();
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "chaos-stack-stop"));
        return stack;
    }

    /** On the same port; with the data it held when stopped if in a file, else empty. */
    void startMongo() {
        mongo = mongoInFile ? MongoWireServer.startWithFile(home.resolve("mongo"), mongoPort)
                : MongoWireServer.startInMemory(mongoPort);
    }

    /** Closes the wire server and its file (what it holds is committed to the file on close). */
    void stopMongo() {
        mongo.close();
        mongo = null;
    }

    void startBroker() {
        broker = KafkaBroker.start(home.resolve("kafka"), kafkaPort, controllerPort, READY);
    }

    void startSimulator() {
        Map<String, String> env = new HashMap<>(extraEnv("simulator"));
        env.putAll(Map.of("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers(),
                "SIMULATOR_SPEED_MPS", Double.toString(SPEED_MPS),
                "SIMULATOR_STATE_DIR", home.resolve("simulator-state").toString()));
        simulator = JavaService.start("simulator", ExecutableJars.of("simulator"), simulatorPort, READINESS, env,
                home.resolve("logs").resolve("simulator.out"), READY);
    }

    void startBackend() {
        Map<String, String> env = new HashMap<>(extraEnv("backend"));
        env.putAll(Map.of("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers(), "MONGODB_URI", mongo.connectionString(DATABASE),
                "DELIVERY_PENDING_REQUEST_AFTER", PENDING_REQUEST_AFTER.toSeconds() + "s"));
        backend = JavaService.start("backend", ExecutableJars.of("backend"), backendPort, READINESS, env,
                home.resolve("logs").resolve("backend.out"), READY);
    }

    void killBroker() {
        Sigkill.kill(broker.pid());
    }

    /** SIGSTOP: the broker holds its connections but answers nothing, as a broker that hangs does. */
    void pauseBroker() throws IOException, InterruptedException {
        Process stop = new ProcessBuilder("kill", "-STOP", Long.toString(broker.pid())).inheritIO().start();
        if (stop.waitFor() != 0) {
            throw new IllegalStateException("could not SIGSTOP the broker " + broker.pid());
        }
    }

    /** Ids of the deliveries stored whose request is not marked published yet (the backend's outbox). */
    List<String> deliveriesPendingPublication() {
        try (MongoClient client = MongoClients.create(mongo.connectionString(DATABASE))) {
            List<String> ids = new ArrayList<>();
            client.getDatabase(DATABASE).getCollection("deliveries").find(Filters.eq("requestPending", true))
                    .forEach(document -> ids.add(document.getString("_id")));
            return ids;
        }
    }

    void killSimulator() {
        Sigkill.kill(simulator.pid());
    }

    void killBackend() {
        Sigkill.kill(backend.pid());
    }

    String bootstrapServers() {
        return "127.0.0.1:" + kafkaPort;
    }

    URI webSocket() {
        return URI.create("ws://127.0.0.1:" + backendPort + "/ws");
    }

    Path logs() {
        return home.resolve("logs");
    }

    Path brokerLog() {
        return home.resolve("kafka").resolve("kafka.out");
    }

    URI api() {
        return URI.create("http://127.0.0.1:" + backendPort);
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (AutoCloseable part : new AutoCloseable[] {backend, simulator, broker}) {
            try {
                if (part != null) {
                    part.close();
                }
            } catch (Exception e) {
                System.err.println("chaos: could not stop " + part + ": " + e);
            }
        }
        if (mongo != null) {
            mongo.close();
        }
    }

    /**
     * Settings to try without editing the test: system property {@code chaos.env.simulator.SESSION_X=1}
     * becomes the simulator's environment variable {@code SESSION_X=1} (likewise for the backend).
     */
    private static Map<String, String> extraEnv(String part) {
        String prefix = "chaos.env." + part + ".";
        Map<String, String> env = new HashMap<>();
        System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith(prefix))
                .forEach(name -> env.put(name.substring(prefix.length()), System.getProperty(name)));
        return env;
    }

    private static Path newHome() {
        try {
            Files.createDirectories(Path.of("target"));
            return Files.createTempDirectory(Path.of("target"), "chaos-").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
