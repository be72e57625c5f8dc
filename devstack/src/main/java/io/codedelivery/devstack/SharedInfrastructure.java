package io.codedelivery.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The real servers integration tests run against: one Kafka broker and one MongoDB wire server
 * per test JVM, on random free loopback ports, started on first use and stopped when the JVM ends.
 */
public final class SharedInfrastructure {

    private static SharedInfrastructure instance;

    private final KafkaBroker kafka;
    private final MongoWireServer mongo;

    private SharedInfrastructure(KafkaBroker kafka, MongoWireServer mongo) {
        this.kafka = kafka;
        this.mongo = mongo;
    }

    public static synchronized SharedInfrastructure get() {
        if (instance == null) {
            Path data = dataDir();
            KafkaBroker kafka = KafkaBroker.start(data.resolve("kafka"), Ports.free(), Ports.free(), Duration.ofSeconds(120));
            MongoWireServer mongo = MongoWireServer.startInMemory(Ports.free());
            instance = new SharedInfrastructure(kafka, mongo);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                mongo.close();
                kafka.close();
            }, "shared-infrastructure-stop"));
        }
        return instance;
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    public String mongoUri(String database) {
        return mongo.connectionString(database);
    }

    private static Path dataDir() {
        try {
            Path target = Path.of("target");
            Files.createDirectories(target);
            return Files.createTempDirectory(target, "devstack-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
