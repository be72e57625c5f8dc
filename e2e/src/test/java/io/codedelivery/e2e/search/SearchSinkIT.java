package io.codedelivery.e2e.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.codedelivery.devstack.ConnectWorker;
import io.codedelivery.devstack.OpenSearchNode;
import io.codedelivery.devstack.Ports;
import io.codedelivery.devstack.SharedInfrastructure;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Our sink plugin in a real Kafka Connect worker, indexing into a real OpenSearch node: every
 * position once (a re-sent one overwrites), a malformed one on the dead-letter topic with its
 * reason while the connector keeps running, and the count still exact after the search engine is
 * stopped and started again mid-run and after the worker is restarted.
 */
class SearchSinkIT {

    private static final Duration WAIT = Duration.ofMinutes(3);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String bootstrap = SharedInfrastructure.get().kafkaBootstrapServers();
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String topic = "it-positions-" + run;
    private final String deadLetters = topic + ".search-sink.dlq";
    private final String index = "positions-" + run;

    @Test
    void everyPositionIsIndexedExactlyOnceThroughOutagesAndRestarts() throws Exception {
        Path home = Files.createTempDirectory(Path.of("target"), "search-sink-");
        int searchPort = Ports.free();
        int connectPort = Ports.free();
        try (Admin admin = Admin.create(Map.<String, Object>of("bootstrap.servers", bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1), new NewTopic(deadLetters, 1, (short) 1)))
                    .all().get();
        }
        OpenSearchNode search = OpenSearchNode.start(home.resolve("opensearch"), searchPort, WAIT);
        ConnectWorker connect = ConnectWorker.start(home.resolve("connect"), bootstrap, connectPort,
                List.of(pluginFolder(home)), WAIT);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of("bootstrap.servers", bootstrap, "acks", "all"), new StringSerializer(), new StringSerializer())) {
            assertThat(put(connect.restUrl() + "/connectors/" + topic + "/config", connectorConfig(search.url())))
                    .isBetween(200, 201);

            send(producer, 0, 50);
            awaitCount(search, 200);

            send(producer, 0, 50);
            send(producer, 50, 60);
            awaitCount(search, 240);

            producer.send(new ProducerRecord<>(topic, "d-0", position("d-0", 999, "\"north\""))).get();
            String reason = awaitDeadLetterReason();
            assertThat(reason).contains("mapper_parsing_exception");
            assertThat(taskState(connect)).isEqualTo("RUNNING");

            search.close();
            send(producer, 60, 80);
            search = OpenSearchNode.start(home.resolve("opensearch"), searchPort, WAIT);
            awaitCount(search, 320);

            connect.close();
            send(producer, 80, 100);
            connect = ConnectWorker.start(home.resolve("connect"), bootstrap, connectPort, List.of(pluginFolder(home)), WAIT);
            awaitCount(search, 400);
            assertThat(taskState(connect)).isEqualTo("RUNNING");
            System.out.printf("search sink: 400 positions sent (200 twice), 400 documents after an OpenSearch stop and a"
                    + " Connect restart; dead letter: %s%n", reason);
        } finally {
            connect.close();
            search.close();
        }
    }

    /** Four deliveries, seq {@code from} until {@code to}: keyed by delivery, as the simulator writes them. */
    private void send(KafkaProducer<String, String> producer, int from, int to) {
        for (int delivery = 0; delivery < 4; delivery++) {
            for (int seq = from; seq < to; seq++) {
                producer.send(new ProducerRecord<>(topic, "d-" + delivery, position("d-" + delivery, seq, "40.7")));
            }
        }
        producer.flush();
    }

    private static String position(String deliveryId, int seq, String lat) {
        return "{\"deliveryId\":\"" + deliveryId + "\",\"routeId\":\"broadway\",\"seq\":" + seq + ",\"lat\":" + lat
                + ",\"lng\":-73.99,\"finished\":false,\"emittedAt\":\"2026-11-25T14:00:00Z\"}";
    }

    private String connectorConfig(String searchUrl) {
        return """
                {"connector.class":"io.codedelivery.connect.SearchSinkConnector","tasks.max":"1","topics":"%s",
                 "connection.url":"%s","topic.index.map":"%s:%s","document.id.fields":"deliveryId,seq",
                 "schema.ignore":"true","behavior.on.malformed.documents":"warn","batch.size":"100",
                 "retry.backoff.ms":"200","retry.backoff.max.ms":"2000",
                 "consumer.override.isolation.level":"read_committed","consumer.override.auto.offset.reset":"earliest",
                 "errors.tolerance":"all","errors.deadletterqueue.topic.name":"%s",
                 "errors.deadletterqueue.topic.replication.factor":"1","errors.deadletterqueue.context.headers.enable":"true"}
                """.formatted(topic, searchUrl, topic, index, deadLetters);
    }

    private void awaitCount(OpenSearchNode search, long expected) throws Exception {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(500)).until(() -> count(search) >= expected);
        assertThat(count(search)).as("documents in %s", index).isEqualTo(expected);
    }

    private long count(OpenSearchNode search) throws Exception {
        send("POST", search.url() + "/" + index + "/_refresh", null);
        HttpResponse<String> answer = send("GET", search.url() + "/" + index + "/_count", null);
        return answer.statusCode() == 200 ? JSON.readTree(answer.body()).get("count").asLong() : -1;
    }

    private String awaitDeadLetterReason() {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", bootstrap,
                "group.id", "it-" + run, "auto.offset.reset", "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(deadLetters));
            String[] reason = new String[1];
            await().atMost(WAIT).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    var header = record.headers().lastHeader("__connect.errors.exception.message");
                    reason[0] = header == null ? "(no reason header)" : new String(header.value(), StandardCharsets.UTF_8);
                }
                return reason[0] != null;
            });
            return reason[0];
        }
    }

    private String taskState(ConnectWorker connect) throws Exception {
        String[] state = new String[1];
        await().atMost(WAIT).until(() -> {
            var tasks = JSON.readTree(send("GET", connect.restUrl() + "/connectors/" + topic + "/status", null).body())
                    .path("tasks");
            state[0] = tasks.isEmpty() ? null : tasks.get(0).get("state").asString();
            return state[0] != null;
        });
        return state[0];
    }

    /** The plugin as a user installs it: its jar in a folder of its own under {@code plugin.path}. */
    private static Path pluginFolder(Path home) {
        return ConnectWorker.installSearchSink(home.resolve("plugins"), Path.of(System.getProperty(
                "codedelivery.connect.jar", "../connect/target/codedelivery-search-sink-0.1.0-SNAPSHOT.jar")));
    }

    private static int put(String url, String json) throws Exception {
        return send("PUT", url, json).statusCode();
    }

    private static HttpResponse<String> send(String method, String url, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
