package io.codedelivery.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectWorkerIT {

    private static final Duration READY = Duration.ofSeconds(120);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path home;

    @Test
    void aWorkerWithNoPluginsServesItsRestApiKeepsItsStateInKafkaAndIsReadyAgainAfterARestart() throws Exception {
        String bootstrap = SharedInfrastructure.get().kafkaBootstrapServers();
        int port = Ports.free();
        try (ConnectWorker worker = started(bootstrap, port)) {
            assertThat(get(worker, "/connectors").body()).isEqualTo("[]");
            assertThat(get(worker, "/connector-plugins?connectorsOnly=false").body())
                    .as("what connect-runtime alone brings: converters, transforms, predicates")
                    .contains("org.apache.kafka.connect.json.JsonConverter",
                            "org.apache.kafka.connect.storage.StringConverter",
                            "org.apache.kafka.connect.transforms.InsertField$Value",
                            "org.apache.kafka.connect.transforms.predicates.TopicNameMatches");

            HttpResponse<String> unknown = put(worker, "/connectors/positions-sink/config",
                    "{\"connector.class\":\"io.codedelivery.connect.Missing\",\"topics\":\"route.new-position\"}");
            assertThat(unknown.statusCode()).as("a connector of a class on no plugin path is refused").isEqualTo(400);
            assertThat(unknown.body()).contains("io.codedelivery.connect.Missing");
        }
        try (Admin admin = Admin.create(Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            assertThat(admin.listTopics().names().get()).as("distributed mode keeps its state in Kafka")
                    .contains("codedelivery-connect-configs", "codedelivery-connect-offsets", "codedelivery-connect-status");
        }
        try (ConnectWorker worker = started(bootstrap, port)) {
            assertThat(get(worker, "/connectors").body()).isEqualTo("[]");
            assertThat(ProcessLog.kept(worker.output(), 1)).as("the first run's output is kept").exists();
        }
    }

    private ConnectWorker started(String bootstrap, int port) {
        long began = System.nanoTime();
        ConnectWorker worker = ConnectWorker.start(home, bootstrap, port, List.of(), READY);
        System.out.printf("Kafka Connect ready in %d ms, peak RSS %d MiB (pid %d)%n",
                Duration.ofNanos(System.nanoTime() - began).toMillis(), ProcessMemory.peakRssMib(worker.pid()), worker.pid());
        return worker;
    }

    private static HttpResponse<String> get(ConnectWorker worker, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(worker.restUrl() + path))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET " + path + ": " + response.body()).isEqualTo(200);
        return response;
    }

    private static HttpResponse<String> put(ConnectWorker worker, String path, String body)
            throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(worker.restUrl() + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
