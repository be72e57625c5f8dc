package io.codedelivery.devstack;

import io.codedelivery.contracts.SearchIndices;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Logs as event streams, locally: follows our services' output files (which the services write to
 * stdout and devstack keeps) and puts each line on {@code codedelivery.logs}, keyed by the service,
 * from where a connector indexes them. A line that is not one of the services' ECS JSON lines (the
 * JVM's own warnings) is wrapped into one, naming the service and the instance that printed it
 * ({@code service.node.name}), so nothing the services print is left out. In production
 * a shipper of the platform does this job (see docs/search.md).
 */
public final class LogShipper implements AutoCloseable {

    /** Kafka's default limit is 1 MB; a longer line (a huge stack trace) is cut to this. */
    static final int LONGEST_LINE = 256 * 1024;
    private static final Duration POLL = Duration.ofMillis(500);

    private final KafkaProducer<String, String> producer;
    private final List<FileFollower> followers;
    private final Thread thread;
    private volatile boolean running = true;

    private LogShipper(KafkaProducer<String, String> producer, List<FileFollower> followers) {
        this.producer = producer;
        this.followers = followers;
        this.thread = Thread.ofPlatform().daemon().name("log-shipper").unstarted(this::run);
    }

    /** The output file of one instance ({@code node}) of a service. */
    record Output(String service, String node, Path file) {
    }

    /** Ships the files of {@code outputs} (service name to output file) from their first line. */
    public static LogShipper start(String bootstrapServers, Map<String, Path> outputs) {
        return start(bootstrapServers, outputs.entrySet().stream()
                .map(entry -> new Output(entry.getKey(), entry.getKey(), entry.getValue())).toList());
    }

    /** Ships the files of {@code outputs} from their first line, keyed by their service. */
    static LogShipper start(String bootstrapServers, List<Output> outputs) {
        createTopic(bootstrapServers);
        KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                "bootstrap.servers", bootstrapServers, "acks", "all", "enable.idempotence", "true",
                "linger.ms", "100", "max.block.ms", "5000"),
                new StringSerializer(), new StringSerializer());
        List<FileFollower> followers = outputs.stream()
                .map(output -> new FileFollower(output.service(), output.node(), output.file(), LONGEST_LINE))
                .toList();
        LogShipper shipper = new LogShipper(producer, followers);
        shipper.thread.start();
        return shipper;
    }

    private void run() {
        while (running) {
            followers.forEach(this::ship);
            try {
                Thread.sleep(POLL);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void ship(FileFollower follower) {
        follower.readNewLines(line -> producer.send(new ProducerRecord<>(SearchIndices.LOGS_TOPIC, follower.service(),
                asEcs(follower.service(), follower.node(), line))));
    }

    /** The line itself when it is a JSON object, else an ECS line carrying it as its message. */
    static String asEcs(String service, String node, String line) {
        String trimmed = line.strip();
        if (trimmed.startsWith("{") && trimmed.endsWith("}")) {
            return trimmed;
        }
        return "{\"@timestamp\":\"" + Instant.now() + "\",\"log\":{\"level\":\"INFO\",\"logger\":\"stdout\"},"
                + "\"service\":{\"name\":\"codedelivery-" + service + "\",\"node\":{\"name\":" + jsonString(node) + "}},"
                + "\"message\":" + jsonString(trimmed) + ",\"ecs\":{\"version\":\"8.11\"}}";
    }

    private static String jsonString(String text) {
        StringBuilder json = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\t' -> json.append("\\t");
                case '\r' -> json.append("\\r");
                case '\n' -> json.append("\\n");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }

    private static void createTopic(String bootstrapServers) {
        try (Admin admin = Admin.create(Map.<String, Object>of("bootstrap.servers", bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(SearchIndices.LOGS_TOPIC, 1, (short) 1)))
                    .all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create " + SearchIndices.LOGS_TOPIC, e.getCause());
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException("timed out creating " + SearchIndices.LOGS_TOPIC, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted creating " + SearchIndices.LOGS_TOPIC, e);
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        followers.forEach(this::ship);
        followers.forEach(FileFollower::close);
        producer.close(Duration.ofSeconds(5));
    }
}
