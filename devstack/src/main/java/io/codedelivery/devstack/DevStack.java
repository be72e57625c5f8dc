package io.codedelivery.devstack;

import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * The local stack for {@code ./codedelivery up}: a Kafka broker, a MongoDB wire server, the
 * simulator and the backend, started in that order, stopped together on Ctrl-C. While it runs, a
 * {@link Supervisor} starts again any part in a process of its own that dies.
 * Usage: {@code DevStack up <backend-jar> <simulator-jar>} or {@code DevStack infra}.
 */
public final class DevStack {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    private static final String HEALTH_PATH = "/actuator/health/readiness";

    private final StackSettings settings;
    private final Progress progress = new Progress();
    private final LeftoverProcesses leftovers;
    private final Supervisor supervisor;
    private final Deque<AutoCloseable> started = new ArrayDeque<>();

    DevStack(StackSettings settings) {
        this.settings = settings;
        this.leftovers = new LeftoverProcesses(settings.home().resolve("pids"));
        this.supervisor = new Supervisor(progress, leftovers, Backoff.Policy.DEFAULT, InstantSource.system());
    }

    public static void main(String[] args) throws Exception {
        boolean infraOnly = args.length == 1 && args[0].equals("infra");
        if (!infraOnly && (args.length != 3 || !args[0].equals("up"))) {
            System.err.println("usage: DevStack up <backend-jar> <simulator-jar> | DevStack infra");
            System.exit(2);
        }
        Path backendJar = infraOnly ? null : Path.of(args[1]);
        Path simulatorJar = infraOnly ? null : Path.of(args[2]);
        DevStack stack = new DevStack(StackSettings.fromEnvironment(System.getenv(), backendJar, simulatorJar));
        Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "devstack-stop"));
        try {
            stack.start(infraOnly);
        } catch (RuntimeException e) {
            System.err.println("[codedelivery] failed: " + e.getMessage());
            System.exit(1);
        }
        new CountDownLatch(1).await();
    }

    void start(boolean infraOnly) throws Exception {
        List<String> stopped = leftovers.stopAll();
        if (!stopped.isEmpty()) {
            progress.say("stopped processes left by an earlier run: " + String.join(", ", stopped));
        }
        progress.say("data folder " + settings.home() + ", process output under " + settings.logs());
        KafkaBroker kafka = progress.step("Kafka broker (KRaft) on 127.0.0.1:" + settings.kafkaPort(), this::startKafka);
        started.push(supervisor.watch("kafka", kafka.process(), () -> startKafka().process()));
        MongoWireServer mongo = progress.step("MongoDB wire server on 127.0.0.1:" + settings.mongoPort(),
                () -> MongoWireServer.startWithFile(settings.home().resolve("mongo"), settings.mongoPort()));
        started.push(mongo);
        Map<String, String> env = Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                "MONGODB_URI", mongo.connectionString("codedelivery"));
        if (infraOnly) {
            progress.ready("infrastructure is up: KAFKA_BOOTSTRAP_SERVERS=" + env.get("KAFKA_BOOTSTRAP_SERVERS")
                    + " MONGODB_URI=" + env.get("MONGODB_URI"));
            return;
        }
        startService("simulator", settings.simulatorJar(), settings.simulatorPort(), env);
        startService("backend", settings.backendJar(), settings.httpPort(), env);
        progress.ready("Code Delivery is up: http://localhost:" + settings.httpPort() + "  (Ctrl-C stops everything)");
    }

    /** Starts the broker on the same ports and data folder each time: its storage is formatted only once. */
    private KafkaBroker startKafka() {
        return KafkaBroker.start(settings.home().resolve("kafka"), settings.kafkaPort(), settings.kafkaControllerPort(),
                READY_TIMEOUT);
    }

    private void startService(String name, Path jar, int port, Map<String, String> env) throws Exception {
        Callable<ChildProcess> start = () -> JavaService.start(name, jar, port, HEALTH_PATH, env,
                settings.logs().resolve(name + ".out"), READY_TIMEOUT);
        started.push(supervisor.watch(name, progress.step(name + " on 127.0.0.1:" + port, start), start));
    }

    /** Stops the supervision first, so that nothing is started again, then every part, the last started first. */
    void stop() {
        supervisor.close();
        if (started.isEmpty()) {
            return;
        }
        progress.say("stopping");
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                System.err.println("[codedelivery] while stopping: " + e.getMessage());
            }
        }
        progress.say("stopped");
    }
}
