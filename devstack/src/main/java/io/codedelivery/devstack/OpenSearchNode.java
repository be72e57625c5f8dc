package io.codedelivery.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A real single-node OpenSearch 2.19 (HTTP, common analysis, geo and mapper-extras modules), in a
 * JVM of its own on Java 17, started from the jars resolved at build time. Its indices are kept under
 * {@code home/data}, so they survive a restart; its log goes to its output file.
 */
public final class OpenSearchNode extends ServerProcess {

    private static final String CLASSPATH = "/io/codedelivery/devstack/opensearch/opensearch.classpath";
    private static final String MAIN = "io.codedelivery.devstack.opensearch.OpenSearchMain";
    private static final List<String> JVM_OPTIONS = List.of("-Xms256m", "-Xmx512m", "-XX:+UseG1GC",
            "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8", "-Djna.nosys=true",
            // as OpenSearch's own jvm.options: the node stops log4j itself, after it has logged its close
            "-Dlog4j.shutdownHookEnabled=false", "-Dlog4j2.disable.jmx=true",
            "-Dio.netty.noUnsafe=true", "-Dio.netty.noKeySetOptimization=true", "-Dio.netty.recycler.maxCapacityPerThread=0");

    private final int httpPort;

    private OpenSearchNode(ChildProcess process, int httpPort) {
        super(process);
        this.httpPort = httpPort;
    }

    public static OpenSearchNode start(Path home, int httpPort, Duration readyTimeout) {
        Ports.requireFree(httpPort, "OpenSearch");
        Path folder = home.toAbsolutePath();
        writeLogging(folder.resolve("config"));
        List<String> arguments = new ArrayList<>(JVM_OPTIONS);
        arguments.add("-Djava.io.tmpdir=" + directory(folder.resolve("tmp")));
        arguments.addAll(List.of("-cp", ServerClasspath.of(CLASSPATH), MAIN, folder.toString(), Integer.toString(httpPort)));
        ChildProcess process = ChildProcess.startJava("opensearch", Jdk17.java(), arguments, Map.of(),
                folder.resolve("opensearch.out"));
        return awaitReady(new OpenSearchNode(process, httpPort),
                new HttpReadiness("http://127.0.0.1:" + httpPort + "/_cluster/health?wait_for_status=yellow&timeout=1s"),
                readyTimeout);
    }

    /** The HTTP endpoint, such as {@code http://127.0.0.1:9200}. */
    public String url() {
        return "http://127.0.0.1:" + httpPort;
    }


    /** OpenSearch configures log4j from {@code config/log4j2.properties}: to the console, which is the output file. */
    private static void writeLogging(Path config) {
        try {
            Files.createDirectories(config);
            Files.writeString(config.resolve("log4j2.properties"), """
                    status=error
                    rootLogger.level=warn
                    rootLogger.appenderRef.console.ref=console
                    appender.console.type=Console
                    appender.console.name=console
                    appender.console.layout.type=PatternLayout
                    appender.console.layout.pattern=[%d{ISO8601}][%-5p][%-25c{1.}] [%node_name]%marker %m%n
                    logger.node.name=org.opensearch.node.Node
                    logger.node.level=info
                    logger.http.name=org.opensearch.http.AbstractHttpServerTransport
                    logger.http.level=info
                    logger.gateway.name=org.opensearch.gateway.GatewayService
                    logger.gateway.level=info
                    logger.dangling.name=org.opensearch.gateway.DanglingIndicesState
                    logger.dangling.level=error
                    logger.deprecation.name=org.opensearch.deprecation
                    logger.deprecation.level=error
                    """);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write OpenSearch's logging configuration under " + config, e);
        }
    }

    private static Path directory(Path folder) {
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
