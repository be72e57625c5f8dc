package io.codedelivery.devstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The local stack for {@code ./codedelivery up}: a Kafka broker, a MongoDB wire server, the
 * simulator and the backend, started in that order, stopped together on Ctrl-C.
 * Usage: {@code DevStack up <backend-jar> <simulator-jar>} or {@code DevStack infra}.
 */
public final class DevStack {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    private final StackSettings settings;
    private final Progress progress = new Progress();
    private final Deque<AutoCloseable> started = new ArrayDeque<>();

    DevStack(StackSettings settings) {
        this.settings = settings;
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
        LeftoverProcesses leftovers = new LeftoverProcesses(settings.home().resolve("pids"));
        List<String> stopped = leftovers.stopAll();
        if (!stopped.isEmpty()) {
            progress.say("stopped processes left by an earlier run: " + String.join(", ", stopped));
        }
        progress.say("data folder " + settings.home() + ", process output under " + settings.logs());
        KafkaBroker kafka = progress.step("Kafka broker (KRaft) on 127.0.0.1:" + settings.kafkaPort(),
                () -> KafkaBroker.start(settings.home().resolve("kafka"), settings.kafkaPort(),
                        settings.kafkaControllerPort(), READY_TIMEOUT));
        started.push(kafka);
        leftovers.remember("kafka", kafka.pid());
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
        startService("simulator", settings.simulatorJar(), settings.simulatorPort(), "/actuator/health/readiness", env, leftovers);
        startService("backend", settings.backendJar(), settings.httpPort(), "/actuator/health/readiness", env, leftovers);
        progress.ready("Code Delivery is up: http://localhost:" + settings.httpPort() + "  (Ctrl-C stops everything)");
    }

    private void startService(String name, Path jar, int port, String healthPath, Map<String, String> env,
            LeftoverProcesses leftovers) throws Exception {
        ChildProcess service = progress.step(name + " on 127.0.0.1:" + port, () -> JavaService.start(name, jar, port,
                healthPath, env, settings.logs().resolve(name + ".out"), READY_TIMEOUT));
        started.push(service);
        leftovers.remember(name, service.pid());
    }

    void stop() {
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
