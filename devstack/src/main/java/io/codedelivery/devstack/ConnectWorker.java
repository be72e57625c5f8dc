package io.codedelivery.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A real Kafka Connect worker in distributed mode (connectors, their offsets and status kept in
 * Kafka topics, created over REST), in a JVM of its own, from connect-runtime at the broker's
 * version resolved at build time. Plugins are found by scanning the classpath and {@code pluginPath}.
 */
public final class ConnectWorker extends ServerProcess {

    private static final String CLASSPATH = "/io/codedelivery/devstack/connect/connect.classpath";
    private static final String MAIN = "org.apache.kafka.connect.cli.ConnectDistributed";

    private final int restPort;

    private ConnectWorker(ChildProcess process, int restPort) {
        super(process);
        this.restPort = restPort;
    }

    public static ConnectWorker start(Path home, String bootstrapServers, int restPort, List<Path> pluginPath,
            Duration readyTimeout) {
        return start(home, bootstrapServers, restPort, pluginPath, readyTimeout, ConnectWorkerConfig.GROUP_ID);
    }

    /**
     * As {@link #start(Path, String, int, List, Duration)}, in a Connect cluster of its own: {@code groupId}
     * names the group and its state topics, so workers sharing a broker do not share connectors.
     */
    public static ConnectWorker start(Path home, String bootstrapServers, int restPort, List<Path> pluginPath,
            Duration readyTimeout, String groupId) {
        Ports.requireFree(restPort, "Kafka Connect");
        Path folder = home.toAbsolutePath();
        Path config = ConnectWorkerConfig.write(folder, bootstrapServers, restPort, pluginPath, groupId);
        ChildProcess worker = ChildProcess.startJava("connect",
                List.of("-Xms64m", "-Xmx512m", "-XX:+UseG1GC", "-Djava.awt.headless=true",
                        "-Dlog4j2.configurationFile=" + folder.resolve("log4j2.properties"),
                        "-cp", ServerClasspath.of(CLASSPATH), MAIN, config.toString()),
                Map.of(), folder.resolve("connect.out"));
        return awaitReady(new ConnectWorker(worker, restPort),
                new HttpReadiness("http://127.0.0.1:" + restPort + "/connectors"), readyTimeout);
    }

    /**
     * Installs our search sink as a user installs a plugin: its jar in a folder of its own under
     * {@code pluginPath} (created if missing), ready to be given to {@link #start}.
     */
    public static Path installSearchSink(Path pluginPath, Path jar) {
        try {
            Path folder = Files.createDirectories(pluginPath.resolve("codedelivery-search-sink"));
            Files.copy(jar, folder.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            return pluginPath;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot install the search sink plugin " + jar + " under " + pluginPath, e);
        }
    }

    /** The REST endpoint, such as {@code http://127.0.0.1:8083}. */
    public String restUrl() {
        return "http://127.0.0.1:" + restPort;
    }

}
