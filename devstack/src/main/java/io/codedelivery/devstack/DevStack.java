package io.codedelivery.devstack;

import io.codedelivery.devstack.demo.DemoCommand;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;

/**
 * The local stack for {@code ./codedelivery up}: a Kafka broker, a MongoDB wire server, the
 * simulator and the backend, and beside them an OpenSearch node and a Kafka Connect worker with our
 * sink (index templates installed, connectors registered) and the log shipper; stopped together on
 * Ctrl-C. The search side starts alongside the rest rather than after it, and the stack is ready
 * when all of it is. While it runs, a {@link Supervisor} starts again any part in a process of its
 * own that dies. Usage: {@code DevStack up <backend-jar> <simulator-jar> [<search-sink-plugin-jar>]}
 * or {@code DevStack infra}; {@code DevStack demo [N]} starts N deliveries on a stack that is up
 * ({@link DemoCommand}).
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
        if (args.length > 0 && args[0].equals("demo")) {
            System.exit(demo(List.of(args).subList(1, args.length)));
        }
        boolean infraOnly = args.length == 1 && args[0].equals("infra");
        if (!infraOnly && (args.length < 3 || args.length > 4 || !args[0].equals("up"))) {
            System.err.println("usage: DevStack up <backend-jar> <simulator-jar> [<search-sink-plugin-jar>] | DevStack infra");
            System.exit(2);
        }
        Path backendJar = infraOnly ? null : Path.of(args[1]);
        Path simulatorJar = infraOnly ? null : Path.of(args[2]);
        Path connectPlugin = args.length == 4 ? Path.of(args[3]) : null;
        DevStack stack = new DevStack(StackSettings.fromEnvironment(System.getenv(), backendJar, simulatorJar,
                connectPlugin));
        Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "devstack-stop"));
        try {
            stack.start(infraOnly);
        } catch (RuntimeException e) {
            System.err.println("[codedelivery] failed: " + e.getMessage());
            System.exit(1);
        }
        new CountDownLatch(1).await();
    }

    /** {@code demo [N]}: against the backend where {@code up} runs it ({@code HTTP_PORT}). */
    private static int demo(List<String> args) throws InterruptedException {
        URI backend;
        try {
            backend = StackSettings.fromEnvironment(System.getenv(), null, null).backendUrl();
        } catch (IllegalArgumentException e) {
            System.err.println("[codedelivery] error: " + e.getMessage());
            return 2;
        }
        return DemoCommand.run(args, backend, System.out::println, System.err::println);
    }

    void start(boolean infraOnly) throws Exception {
        List<String> stopped = leftovers.stopAll();
        if (!stopped.isEmpty()) {
            progress.say("stopped processes left by an earlier run: " + String.join(", ", stopped));
        }
        progress.say("data folder " + settings.home() + ", process output under " + settings.logs());
        ClassDataSharing.enableIn(settings.home().resolve("cds"));
        boolean withSearch = settings.search() && !infraOnly;
        Future<OpenSearchNode> searchEngine = withSearch ? background("opensearch", () -> progress.step(
                "OpenSearch on 127.0.0.1:" + settings.searchPort(), this::startSearchEngine)) : null;
        KafkaBroker kafka = progress.step("Kafka broker (KRaft) on 127.0.0.1:" + settings.kafkaPort(), this::startKafka);
        started.push(supervisor.watch("kafka", kafka.process(), () -> startKafka().process()));
        Future<ConnectWorker> connect = withSearch ? background("connect", () -> progress.step(
                "Kafka Connect on 127.0.0.1:" + settings.connectPort(), () -> startConnect(kafka))) : null;
        MongoWireServer mongo = progress.step("MongoDB wire server on 127.0.0.1:" + settings.mongoPort(),
                () -> MongoWireServer.startWithFile(settings.home().resolve("mongo"), settings.mongoPort()));
        started.push(mongo);
        Map<String, String> env = Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                "MONGODB_URI", mongo.connectionString("codedelivery"),
                "SEARCH_URL", settings.searchUrl());
        if (infraOnly) {
            progress.ready("infrastructure is up: KAFKA_BOOTSTRAP_SERVERS=" + env.get("KAFKA_BOOTSTRAP_SERVERS")
                    + " MONGODB_URI=" + env.get("MONGODB_URI"));
            return;
        }
        startServices(env);
        if (withSearch) {
            startSearch(kafka, searchEngine, connect);
        } else {
            progress.say("no search engine (CODEDELIVERY_SEARCH=off or no sink plugin): the dashboards stay empty");
        }
        progress.ready("Code Delivery is up: http://localhost:" + settings.httpPort()
                + (withSearch ? "  dashboards: http://localhost:" + settings.httpPort() + "/dashboards" : "")
                + "  (Ctrl-C stops everything)");
    }

    /**
     * Joins the search engine and the Connect worker started in the background, installs the index
     * templates, registers the connectors and starts shipping the services' logs. A search side that
     * cannot start is reported and left out: the live map does not need it.
     */
    private void startSearch(KafkaBroker kafka, Future<OpenSearchNode> searchEngine, Future<ConnectWorker> connect)
            throws Exception {
        OpenSearchNode search;
        ConnectWorker worker;
        try {
            search = searchEngine.get();
            started.push(supervisor.watch("opensearch", search.process(), () -> startSearchEngine().process()));
            worker = connect.get();
            started.push(supervisor.watch("connect", worker.process(), () -> startConnect(kafka).process()));
        } catch (ExecutionException e) {
            progress.say("the search side did not start, dashboards will stay empty: " + e.getCause().getMessage());
            return;
        }
        progress.step("index templates in " + search.url(), () -> {
            IndexTemplates.install(search.url(), settings.indices());
            return null;
        });
        progress.step("connectors " + String.join(", ", SearchConnectors.configs(search.url(), settings.indices()).keySet()),
                () -> {
                    SearchConnectors.register(worker.restUrl(), search.url(), settings.indices(), READY_TIMEOUT);
                    return null;
                });
        started.push(LogShipper.start(kafka.bootstrapServers(), Map.of(
                "backend", settings.logs().resolve("backend.out"), "simulator", settings.logs().resolve("simulator.out"))));
        progress.say("search engine " + search.url() + ", Kafka Connect " + worker.restUrl()
                + ", logs shipped to the index " + settings.indices().logs());
    }

    private OpenSearchNode startSearchEngine() {
        return OpenSearchNode.start(settings.home().resolve("opensearch"), settings.searchPort(), READY_TIMEOUT);
    }

    /** Our sink plugin goes into a folder of its own under {@code plugin.path}, as a user installs it. */
    private ConnectWorker startConnect(KafkaBroker kafka) {
        Path plugins = ConnectWorker.installSearchSink(settings.home().resolve("connect").resolve("plugins"),
                settings.connectPlugin());
        return ConnectWorker.start(settings.home().resolve("connect"), kafka.bootstrapServers(), settings.connectPort(),
                List.of(plugins), READY_TIMEOUT);
    }

    private static <T> Future<T> background(String name, Callable<T> start) {
        FutureTask<T> task = new FutureTask<>(start);
        Thread.ofPlatform().daemon().name("start-" + name).start(task);
        return task;
    }

    /** Starts the broker on the same ports and data folder each time: its storage is formatted only once. */
    private KafkaBroker startKafka() {
        return KafkaBroker.start(settings.home().resolve("kafka"), settings.kafkaPort(), settings.kafkaControllerPort(),
                READY_TIMEOUT);
    }

    /** The simulator and the backend need only the broker and MongoDB, not each other: they start together. */
    private void startServices(Map<String, String> env) throws Exception {
        Callable<ChildProcess> simulator = serviceStart("simulator", settings.simulatorJar(), settings.simulatorPort(), env);
        Callable<ChildProcess> backend = serviceStart("backend", settings.backendJar(), settings.httpPort(), env);
        Future<ChildProcess> simulatorStarted = background("simulator", () -> progress.step(
                "simulator on 127.0.0.1:" + settings.simulatorPort(), simulator));
        ChildProcess backendProcess;
        try {
            backendProcess = progress.step("backend on 127.0.0.1:" + settings.httpPort(), backend);
        } catch (Exception e) {
            joinStarted("simulator", simulatorStarted, simulator);
            throw e;
        }
        started.push(supervisor.watch("backend", backendProcess, backend));
        joinStarted("simulator", simulatorStarted, simulator);
    }

    private Callable<ChildProcess> serviceStart(String name, Path jar, int port, Map<String, String> env) {
        return () -> JavaService.start(name, jar, port, HEALTH_PATH, env, settings.logs().resolve(name + ".out"),
                READY_TIMEOUT);
    }

    /** Waits for a part started in the background and watches it; its failure is the stack's. */
    private void joinStarted(String name, Future<ChildProcess> starting, Callable<ChildProcess> start) throws Exception {
        try {
            started.push(supervisor.watch(name, starting.get(), start));
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /**
     * Stops the supervision first, so that nothing is started again, then every part, the last
     * started first, then any process of ours still starting (up failed or was stopped before a part
     * in the background was ready): none outlives {@code up}.
     */
    void stop() {
        supervisor.close();
        ChildProcess.refuseNewProcesses();
        List<ProcessHandle> children = ProcessHandle.current().children().toList();
        if (started.isEmpty() && children.isEmpty()) {
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
        stopStillStarting();
        progress.say("stopped");
    }

    private static void stopStillStarting() {
        List<ProcessHandle> children = ProcessHandle.current().children().filter(ProcessHandle::isAlive).toList();
        children.forEach(ProcessHandle::destroy);
        for (ProcessHandle child : children) {
            try {
                child.onExit().get(20, TimeUnit.SECONDS);
            } catch (Exception e) {
                child.descendants().forEach(ProcessHandle::destroyForcibly);
                child.destroyForcibly();
            }
        }
    }
}
