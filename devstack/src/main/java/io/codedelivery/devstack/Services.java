package io.codedelivery.devstack;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * The backends and simulators of {@code up}, as many of each as {@link Replicas} says. They need
 * only the broker and MongoDB, not each other, so every replica starts at once; each is watched
 * under its own name and started again on its own port. With several backends a
 * {@link FailoverProxy} takes {@code HTTP_PORT} in front of them, as a Kubernetes Service would.
 */
final class Services {

    private static final String READINESS_PATH = "/actuator/health/readiness";
    static final String ALLOWED_ORIGINS = "VIEWER_ALLOWED_ORIGINS";
    /** The backend's own default (application.properties): the web app's dev server. */
    private static final String DEFAULT_ALLOWED_ORIGINS = "http://localhost:5173,http://127.0.0.1:5173";

    private final StackSettings settings;
    private final Replicas replicas;
    private final Progress progress;
    private final Supervisor supervisor;
    private final Deque<AutoCloseable> started;
    private final Duration readyTimeout;
    private final List<ServiceReplica> all;

    Services(StackSettings settings, Replicas replicas, Progress progress, Supervisor supervisor,
            Deque<AutoCloseable> started, Duration readyTimeout) {
        this.settings = settings;
        this.replicas = replicas;
        this.progress = progress;
        this.supervisor = supervisor;
        this.started = started;
        this.readyTimeout = readyTimeout;
        this.all = replicas.all(settings.httpPort(), settings.simulatorPort());
    }

    /** Every replica's output, for the {@link LogShipper}. */
    List<LogShipper.Output> outputs() {
        return all.stream().map(replica -> new LogShipper.Output(replica.service(), replica.name(), output(replica)))
                .toList();
    }

    /**
     * Starts the proxy (when there is one), then every replica at once; once each is started or has
     * failed, the started ones are watched and the first failure, if any, is the stack's.
     */
    void start(Map<String, String> env) throws Exception {
        if (replicas.proxied()) {
            startProxy();
        }
        List<Starting> starting = all.stream().map(replica -> starting(replica, env)).toList();
        Exception failure = null;
        for (Starting each : starting) {
            try {
                started.push(supervisor.watch(each.name(), each.process().get(), each.start()));
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof Exception cause ? cause : e;
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** A replica being started in the background, and how to start it again. */
    private record Starting(String name, Callable<ChildProcess> start, Future<ChildProcess> process) {
    }

    private Starting starting(ServiceReplica replica, Map<String, String> env) {
        Callable<ChildProcess> start = start(replica, env);
        return new Starting(replica.name(), start, DevStack.background(replica.name(), () -> progress.step(
                replica.name() + " on 127.0.0.1:" + replica.port(), start)));
    }

    private void startProxy() throws Exception {
        List<ServiceReplica> backends = replicas.backends(settings.httpPort());
        List<URI> addresses = backends.stream().map(backend -> URI.create("http://127.0.0.1:" + backend.port())).toList();
        String names = backends.stream().map(ServiceReplica::name).collect(Collectors.joining(", "));
        started.push(progress.step("failover proxy on 127.0.0.1:" + settings.httpPort() + " over " + names,
                () -> FailoverProxy.start(settings.httpPort(), addresses, READINESS_PATH)));
    }

    private Callable<ChildProcess> start(ServiceReplica replica, Map<String, String> env) {
        Path jar = replica.service().equals(Replicas.BACKEND) ? settings.backendJar() : settings.simulatorJar();
        Map<String, String> environment = environment(replica, env);
        return () -> JavaService.start(replica.name(), replica.archive(), jar, replica.port(), READINESS_PATH,
                environment, output(replica), readyTimeout);
    }

    /**
     * The shared variables, plus the replica's name in its log lines and, for a simulator, a Kafka
     * Streams state folder of its own: two instances cannot share one. A backend behind the failover
     * proxy also lets pages of the proxy's address open its socket: that is where the browser is.
     */
    Map<String, String> environment(ServiceReplica replica, Map<String, String> env) {
        Map<String, String> environment = new HashMap<>(env);
        environment.put("LOGGING_STRUCTURED_ECS_SERVICE_NODE_NAME", replica.name());
        if (replica.service().equals(Replicas.SIMULATOR)) {
            environment.put("SIMULATOR_STATE_DIR", settings.home().resolve("simulator-state").resolve(replica.name())
                    .toString());
        }
        if (replica.service().equals(Replicas.BACKEND) && replica.port() != settings.httpPort()) {
            String configured = env.getOrDefault(ALLOWED_ORIGINS, DEFAULT_ALLOWED_ORIGINS);
            int proxy = settings.httpPort();
            environment.put(ALLOWED_ORIGINS, configured + ",http://localhost:" + proxy + ",http://127.0.0.1:" + proxy);
        }
        return environment;
    }

    private Path output(ServiceReplica replica) {
        return settings.logs().resolve(replica.name() + ".out");
    }
}
