package io.codedelivery.devstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One of our Spring Boot services, run from its executable jar in a JVM of its own, as in
 * production: configured by environment variables, ready when its health endpoint says so.
 */
public final class JavaService {

    /** Overrides {@link #DEFAULT_JVM_OPTIONS}, space-separated (a GC to compare in the bench, a bigger heap). */
    public static final String JVM_OPTIONS_VARIABLE = "CODEDELIVERY_SERVICE_JVM_OPTIONS";

    // the heap only grows as used: idle it stays small, yet 10,000 open sockets or 30,000 vehicles fit
    static final String DEFAULT_JVM_OPTIONS = "-Xms64m -Xmx1g -XX:+UseSerialGC";

    static final String LOOPBACK = "127.0.0.1";

    private JavaService() {
    }

    public static ChildProcess start(String name, Path jar, int port, String healthPath, Map<String, String> env,
            Path output, Duration readyTimeout) {
        return start(name, name, jar, port, healthPath, env, output, readyTimeout);
    }

    /**
     * As {@link #start(String, Path, int, String, Map, Path, Duration)}, the JVM keeping its classes
     * in the archive named {@code archive} rather than in its own (see {@link ServiceReplica}).
     */
    static ChildProcess start(String name, String archive, Path jar, int port, String healthPath,
            Map<String, String> env, Path output, Duration readyTimeout) {
        Ports.requireFree(port, name);
        Map<String, String> environment = environment(env, port);
        List<String> arguments = new ArrayList<>(jvmArguments(name, archive, System.getenv(JVM_OPTIONS_VARIABLE)));
        arguments.addAll(List.of("-jar", ClassDataSharing.runnable(archive, jar).toString()));
        ChildProcess process = ChildProcess.startJava(name, arguments, environment, output);
        try {
            process.awaitReady(new HttpReadiness("http://127.0.0.1:" + port + healthPath), readyTimeout);
        } catch (RuntimeException e) {
            process.close();
            throw e;
        }
        return process;
    }

    /**
     * The service's environment: the given variables, its port, the loopback address unless the
     * caller names another, and open access unless the caller or the shell says otherwise. The services listen on every interface by default (a pod must be
     * reachable); what devstack runs on a laptop stays closed to the network.
     */
    static Map<String, String> environment(Map<String, String> env, int port) {
        Map<String, String> environment = new HashMap<>(env);
        environment.put("SERVER_PORT", Integer.toString(port));
        environment.putIfAbsent("SERVER_ADDRESS", LOOPBACK);
        Map<String, String> outer = new HashMap<>(System.getenv());
        outer.putAll(env);
        environment.putAll(LocalSecurity.environment(outer));
        return environment;
    }

    /** The JVM options, and the archive to use when it is not the process's own. */
    static List<String> jvmArguments(String name, String archive, String configuredOptions) {
        List<String> arguments = new ArrayList<>(jvmOptions(configuredOptions));
        if (!archive.equals(name)) {
            // the process's own archive options come first, and of two archive files the JVM takes the last
            arguments.addAll(ClassDataSharing.options(archive, true));
        }
        return arguments;
    }

    static List<String> jvmOptions(String configured) {
        String options = configured == null || configured.isBlank() ? DEFAULT_JVM_OPTIONS : configured;
        return Arrays.stream(options.trim().split("\\s+")).toList();
    }
}
