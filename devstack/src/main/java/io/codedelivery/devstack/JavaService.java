package io.codedelivery.devstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One of our Spring Boot services, run from its executable jar in a JVM of its own, as in
 * production: configured by environment variables, ready when its health endpoint says so.
 */
public final class JavaService {

    private JavaService() {
    }

    public static ChildProcess start(String name, Path jar, int port, String healthPath, Map<String, String> env,
            Path output, Duration readyTimeout) {
        Ports.requireFree(port, name);
        Map<String, String> environment = new HashMap<>(env);
        environment.put("SERVER_PORT", Integer.toString(port));
        // the heap only grows as used: idle it stays small, yet 10,000 open sockets or 30,000 vehicles fit
        ChildProcess process = ChildProcess.startJava(name,
                List.of("-Xms64m", "-Xmx1g", "-XX:+UseSerialGC", "-jar", jar.toString()),
                environment, output);
        try {
            process.awaitReady(new HttpReadiness("http://127.0.0.1:" + port + healthPath), readyTimeout);
        } catch (RuntimeException e) {
            process.close();
            throw e;
        }
        return process;
    }
}
