package io.codedelivery.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/** Writes the single-node KRaft configuration and the broker's logging configuration. */
final class KafkaBrokerConfig {

    private static final SecureRandom RANDOM = new SecureRandom();

    private KafkaBrokerConfig() {
    }

    static Path write(Path home, int port, int controllerPort) {
        Path config = home.resolve("server.properties");
        String logDir = home.resolve("logs").toString();
        String properties = """
                process.roles=broker,controller
                node.id=1
                controller.quorum.voters=1@127.0.0.1:%2$d
                listeners=PLAINTEXT://127.0.0.1:%1$d,CONTROLLER://127.0.0.1:%2$d
                advertised.listeners=PLAINTEXT://127.0.0.1:%1$d
                controller.listener.names=CONTROLLER
                inter.broker.listener.name=PLAINTEXT
                listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
                log.dirs=%3$s
                num.partitions=6
                auto.create.topics.enable=false
                offsets.topic.replication.factor=1
                offsets.topic.num.partitions=6
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                transaction.state.log.num.partitions=6
                share.coordinator.state.topic.replication.factor=1
                share.coordinator.state.topic.min.isr=1
                group.initial.rebalance.delay.ms=0
                """.formatted(port, controllerPort, logDir.replace("\\", "/"));
        try {
            Files.createDirectories(home);
            Files.writeString(config, properties);
            ConsoleLog4j.write(home.resolve("log4j2.properties"), Map.of("server", "kafka.server.KafkaRaftServer"));
            return config;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write Kafka configuration under " + home, e);
        }
    }

    /** A cluster id as Kafka makes them: 16 random bytes, URL-safe base64, never starting with '-'. */
    static String newClusterId() {
        byte[] bytes = new byte[16];
        String id;
        do {
            RANDOM.nextBytes(bytes);
            id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        } while (id.startsWith("-"));
        return id;
    }
}
