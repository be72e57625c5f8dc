package io.codedelivery.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Writes a distributed Kafka Connect worker's configuration and its logging configuration. */
final class ConnectWorkerConfig {

    static final String GROUP_ID = "codedelivery-connect";

    private ConnectWorkerConfig() {
    }

    static Path write(Path home, String bootstrapServers, int restPort, List<Path> pluginPath, String groupId) {
        String plugins = pluginPath.stream().map(p -> p.toAbsolutePath().toString().replace("\\", "/"))
                .collect(Collectors.joining(","));
        String properties = """
                bootstrap.servers=%1$s
                group.id=%3$s
                config.storage.topic=%3$s-configs
                offset.storage.topic=%3$s-offsets
                status.storage.topic=%3$s-status
                config.storage.replication.factor=1
                offset.storage.replication.factor=1
                status.storage.replication.factor=1
                offset.storage.partitions=5
                status.storage.partitions=1
                key.converter=org.apache.kafka.connect.storage.StringConverter
                value.converter=org.apache.kafka.connect.json.JsonConverter
                key.converter.schemas.enable=false
                value.converter.schemas.enable=false
                listeners=http://127.0.0.1:%2$d
                rest.advertised.host.name=127.0.0.1
                rest.advertised.port=%2$d
                plugin.discovery=service_load
                offset.flush.interval.ms=10000
                # one worker: tasks of a worker that left are not held back for others to come back
                scheduled.rebalance.max.delay.ms=0
                """.formatted(bootstrapServers, restPort, groupId)
                + (plugins.isEmpty() ? "" : "plugin.path=" + plugins + "\n");
        try {
            Files.createDirectories(home);
            Path config = home.resolve("worker.properties");
            Files.writeString(config, properties);
            ConsoleLog4j.write(home.resolve("log4j2.properties"), Map.of(
                    "connect", "org.apache.kafka.connect.cli",
                    "herder", "org.apache.kafka.connect.runtime.distributed.DistributedHerder"));
            return config;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write Kafka Connect configuration under " + home, e);
        }
    }
}
