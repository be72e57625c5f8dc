package io.codedelivery.backend.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.codedelivery.backend.support.Positions;
import io.codedelivery.backend.support.RunningBackend;
import io.codedelivery.devstack.testkit.ViewerClient;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Two backend replicas against a real broker: every viewer, on either replica, sees every position. */
class PositionBroadcastIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static RunningBackend replicaA;
    private static RunningBackend replicaB;
    private static Positions vehicle;

    @BeforeAll
    static void startReplicas() {
        String database = "broadcast-" + UUID.randomUUID();
        replicaA = RunningBackend.start(database);
        replicaB = RunningBackend.start(database);
        vehicle = new Positions(replicaA.kafkaBootstrapServers());
    }

    @AfterAll
    static void stopReplicas() {
        vehicle.close();
        replicaB.close();
        replicaA.close();
    }

    @Test
    void viewersOnEveryReplicaReceiveEveryPositionInOrder() throws Exception {
        String deliveryId = startDelivery();
        try (ViewerClient onA = ViewerClient.connect(replicaA.webSocket());
                ViewerClient onB = ViewerClient.connect(replicaB.webSocket())) {
            await().atMost(WAIT).until(() -> !onA.framesOfType("snapshot").isEmpty() && !onB.framesOfType("snapshot").isEmpty());
            vehicle.report(deliveryId, "broadway", 0, 29, 29);
            List<Long> all = LongStream.rangeClosed(0, 29).boxed().toList();
            await().atMost(WAIT).untilAsserted(() -> {
                assertThat(onA.seqsOf(deliveryId)).isEqualTo(all);
                assertThat(onB.seqsOf(deliveryId)).isEqualTo(all);
            });
            assertThat(onB.positionsOf(deliveryId).get(29).get("finished").asBoolean()).isTrue();
        }
        await().atMost(WAIT).until(() -> status(replicaB, deliveryId).equals("delivered"));
    }

    @Test
    void aViewerJoiningMidwayGetsTheLatestPositionThenTheRest() throws Exception {
        String deliveryId = startDelivery();
        try (ViewerClient early = ViewerClient.connect(replicaA.webSocket())) {
            await().atMost(WAIT).until(() -> !early.framesOfType("snapshot").isEmpty());
            vehicle.report(deliveryId, "broadway", 0, 9, 19);
            await().atMost(WAIT).until(() -> early.seqsOf(deliveryId).size() == 10);
            await().atMost(WAIT).until(() -> status(replicaA, deliveryId).equals("in_transit"));
            try (ViewerClient late = ViewerClient.connect(replicaB.webSocket())) {
                await().atMost(WAIT).untilAsserted(() -> assertThat(late.framesOfType("snapshot")).singleElement()
                        .satisfies(snapshot -> assertThat(latestSeqIn(snapshot, deliveryId)).isEqualTo(9)));
                vehicle.report(deliveryId, "broadway", 10, 19, 19);
                await().atMost(WAIT).untilAsserted(() -> assertThat(late.seqsOf(deliveryId))
                        .isEqualTo(LongStream.rangeClosed(10, 19).boxed().toList()));
            }
        }
    }

    @Test
    void aNewReplicaLearnsWhatIsInFlightFromTheRecentPast() throws Exception {
        String deliveryId = startDelivery();
        vehicle.report(deliveryId, "broadway", 0, 4, 50);
        await().atMost(WAIT).until(() -> status(replicaA, deliveryId).equals("in_transit"));
        try (RunningBackend replicaC = RunningBackend.start("broadcast-late-" + UUID.randomUUID());
                ViewerClient viewer = ViewerClient.connect(replicaC.webSocket())) {
            await().atMost(WAIT).untilAsserted(() -> assertThat(viewer.framesOfType("snapshot")).isNotEmpty());
            assertThat(latestSeqIn(viewer.framesOfType("snapshot").get(0), deliveryId)).isEqualTo(4);
        }
    }

    @Test
    void whatABrowserSendsIsIgnoredAndTheStreamGoesOn() throws Exception {
        String deliveryId = startDelivery();
        try (ViewerClient viewer = ViewerClient.connect(replicaA.webSocket())) {
            await().atMost(WAIT).until(() -> !viewer.framesOfType("snapshot").isEmpty());
            viewer.send("{not json");
            viewer.send("{\"type\":\"subscribe\",\"deliveryId\":42}");
            vehicle.report(deliveryId, "broadway", 0, 2, 2);
            await().atMost(WAIT).untilAsserted(() -> assertThat(viewer.seqsOf(deliveryId)).containsExactly(0L, 1L, 2L));
        }
    }

    private static long latestSeqIn(JsonNode snapshot, String deliveryId) {
        return snapshot.get("positions").valueStream()
                .filter(p -> deliveryId.equals(p.get("deliveryId").asString()))
                .mapToLong(p -> p.get("seq").asLong()).findFirst().orElse(-1);
    }

    private static String startDelivery() throws Exception {
        var response = replicaA.postJson("/api/deliveries", "{\"routeId\":\"broadway\"}");
        assertThat(response.statusCode()).isEqualTo(201);
        return JSON.readTree(response.body()).get("id").asString();
    }

    private static String status(RunningBackend replica, String deliveryId) throws Exception {
        return JSON.readTree(replica.get("/api/deliveries/" + deliveryId).body()).get("status").asString();
    }
}
