package io.codedelivery.devstack;

import io.codedelivery.devstack.demo.DemoCommand;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * own that dies. Usage: {@code DevStack up <backend-jar> <simulator-jar> [<search-sink-plugin-jar>]
 * [--backends N] [--simulators M]} (several replicas of a service: {@link Replicas}) or
 * {@code DevStack infra}; {@code DevStack demo [N]} starts N deliveries on a stack that is up
 * ({@link DemoCommand}).
 */
public final class DevStack {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    private final StackSettings settings;
    private final Replicas replicas;
    private final Progress progress = new Progress();
    private final LeftoverProcesses leftovers;
    private final Supervisor supervisor;
    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private final Services services;

    /** Fails when a replica would take no port there is (past 65535). */
    DevStack(StackSettings settings, Replicas replicas) {
        this.settings = settings;
        this.replicas = replicas;
        this.leftovers = new LeftoverProcesses(settings.home().resolve("pids"));
        this.supervisor = new Supervisor(progress, leftovers, Backoff.Policy.DEFAULT, InstantSource.system());
        this.services = new Services(settings, replicas, progress, supervisor, started, READY_TIMEOUT);
    }

    public static void main(String[] args) throws Exception {
        List<String> arguments = List.of(args);
        if (!arguments.isEmpty() && arguments.getFirst().equals("demo")) {
            System.exit(demo(arguments.subList(1, arguments.size())));
        }
        boolean infraOnly = arguments.equals(List.of("infra"));
        DevStack stack;
        try {
            stack = infraOnly ? new DevStack(StackSettings.fromEnvironment(System.getenv(), null, null), Replicas.one())
                    : up(arguments);
        } catch (IllegalArgumentException e) {
            System.err.println("[codedelivery] error: " + e.getMessage());
            System.exit(2);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "devstack-stop"));
        try {
            stack.start(infraOnly);
        } catch (RuntimeException e) {
            System.err.println("[codedelivery] failed: " + e.getMessage());
            System.exit(1);
        }
        new CountDownLatch(1).await();
    }

    private static DevStack up(List<String> arguments) {
        if (arguments.isEmpty() || !arguments.getFirst().equals("up")) {
            throw new IllegalArgumentException(UpArguments.USAGE);
        }
        UpArguments up = UpArguments.parse(arguments.subList(1, arguments.size()));
        return new DevStack(StackSettings.fromEnvironment(System.getenv(), up.backendJar(), up.simulatorJar(),
                up.connectPlugin()), up.replicas());
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
        Map<String, String> env = new HashMap<>(Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                "MONGODB_URI", mongo.connectionString("codedelivery"),
                "SEARCH_URL", settings.searchUrl()));
        Optional.ofNullable(System.getenv(Services.ALLOWED_ORIGINS)).ifPresent(origins -> env.put(Services.ALLOWED_ORIGINS, origins));
        env.putAll(LocalSecurity.environment(System.getenv()));
        if (infraOnly) {
            progress.ready("infrastructure is up: KAFKA_BOOTSTRAP_SERVERS=" + env.get("KAFKA_BOOTSTRAP_SERVERS")
                    + " MONGODB_URI=" + env.get("MONGODB_URI"));
            return;
        }
        services.start(env);
        if (withSearch) {
            startSearch(kafka, searchEngine, connect);
        } else {
            progress.say("no search engine (CODEDELIVERY_SEARCH=off or no sink plugin): the dashboards stay empty");
        }
        progress.say(LocalSecurity.describe(env));
        progress.ready("Code Delivery is up: http://localhost:" + settings.httpPort()
                + replicas.describe(settings.httpPort(), settings.simulatorPort())
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
        started.push(LogShipper.start(kafka.bootstrapServers(), services.outputs()));
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

    static <T> Future<T> background(String name, Callable<T> start) {
        FutureTask<T> task = new FutureTask<>(start);
        Thread.ofPlatform().daemon().name("start-" + name).start(task);
        return task;
    }

    /** Starts the broker on the same ports and data folder each time: its storage is formatted only once. */
    private KafkaBroker startKafka() {
        return KafkaBroker.start(settings.home().resolve("kafka"), settings.kafkaPort(), settings.kafkaControllerPort(),
                READY_TIMEOUT);
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
