package io.codedelivery.backend.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.codedelivery.backend.support.RunningBackend;
import io.codedelivery.devstack.KafkaBroker;
import io.codedelivery.devstack.Ports;
import io.codedelivery.devstack.SharedInfrastructure;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The broker goes away under a running backend: readiness says so and why, starting a delivery is
 * answered 503 with Retry-After within the configured bounds and leaves nothing behind, and all
 * is well again once the broker is back.
 */
class BrokerOutageIT {

    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void duringAnOutageReadinessIsDownAndDeliveriesAreRefusedQuicklyLeavingNothingBehind() throws Exception {
        Path data = Files.createTempDirectory("broker-outage");
        int port = Ports.free();
        int controllerPort = Ports.free();
        String database = "outage-" + UUID.randomUUID();
        KafkaBroker broker = KafkaBroker.start(data, port, controllerPort, WAIT);
        try (RunningBackend backend = RunningBackend.startOn(broker.bootstrapServers(), database,
                "--codedelivery.kafka.metadata-timeout=2s", "--codedelivery.kafka.send-timeout=4s");
                MongoClient mongo = MongoClients.create(SharedInfrastructure.get().mongoUri(database))) {
            await().atMost(WAIT).until(() -> backend.get("/actuator/health/readiness").statusCode() == 200);
            assertThat(start(backend).statusCode()).isEqualTo(201);

            broker.close();

            await().atMost(WAIT).until(() -> backend.get("/actuator/health/readiness").statusCode() == 503);
            var kafka = JSON.readTree(backend.get("/actuator/health/readiness").body()).get("components").get("kafka");
            assertThat(kafka.get("status").asString()).isEqualTo("DOWN");
            assertThat(kafka.get("details").get("reason").asString()).startsWith("the broker did not answer");
            assertThat(backend.get("/actuator/health/liveness").statusCode()).as("no reason to restart").isEqualTo(200);
            long before = System.nanoTime();
            HttpResponse<String> refused = start(backend);
            Duration took = Duration.ofNanos(System.nanoTime() - before);
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(took).isLessThan(Duration.ofSeconds(10));
            assertThat(mongo.getDatabase(database).getCollection("deliveries").countDocuments()).isEqualTo(1);

            broker = KafkaBroker.start(data, port, controllerPort, WAIT);

            await().atMost(WAIT).until(() -> backend.get("/actuator/health/readiness").statusCode() == 200);
            await().atMost(WAIT).until(() -> start(backend).statusCode() == 201);
        } finally {
            broker.close();
        }
    }

    private static HttpResponse<String> start(RunningBackend backend) throws Exception {
        return backend.post("/api/deliveries", "{\"routeId\":\"broadway\"}", Map.of());
    }
}
