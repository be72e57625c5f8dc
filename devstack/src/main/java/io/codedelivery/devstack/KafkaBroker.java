package io.codedelivery.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A real Apache Kafka broker in KRaft mode (broker and controller in one node), in its own JVM.
 * Storage is formatted on first start and kept in {@code dataDir}, so topics survive a restart.
 */
public final class KafkaBroker extends ServerProcess {

    private static final String READY_LINE = "Kafka Server started";
    private static final Duration FORMAT_TIMEOUT = Duration.ofSeconds(60);

    private final int port;

    private KafkaBroker(ChildProcess process, int port) {
        super(process);
        this.port = port;
    }

    public static KafkaBroker start(Path dataDir, int port, int controllerPort, Duration readyTimeout) {
        Ports.requireFree(port, "Kafka");
        Ports.requireFree(controllerPort, "Kafka controller");
        Path home = dataDir.toAbsolutePath();
        Path config = KafkaBrokerConfig.write(home, port, controllerPort);
        String classpath = classpath();
        if (!Files.exists(home.resolve("logs").resolve("meta.properties"))) {
            ChildProcess.runJava("kafka-storage-format",
                    List.of("-cp", classpath, log4j(home), "kafka.tools.StorageTool", "format",
                            "-t", KafkaBrokerConfig.newClusterId(), "-c", config.toString()),
                    home.resolve("format.out"), FORMAT_TIMEOUT);
        }
        ChildProcess broker = ChildProcess.startJava("kafka",
                List.of("-Xms128m", "-Xmx512m", "-XX:+UseG1GC", "-Djava.awt.headless=true", log4j(home),
                        "-cp", classpath, "kafka.Kafka", config.toString()),
                Map.of(), home.resolve("kafka.out"));
        return awaitReady(new KafkaBroker(broker, port), () -> broker.outputContains(READY_LINE), readyTimeout);
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }


    private static String log4j(Path home) {
        return "-Dlog4j2.configurationFile=" + home.resolve("log4j2.properties");
    }

    static String classpath() {
        try (InputStream in = KafkaBroker.class.getResourceAsStream("kafka.classpath")) {
            if (in == null) {
                throw new IllegalStateException("kafka.classpath is missing: build devstack with Maven first");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
