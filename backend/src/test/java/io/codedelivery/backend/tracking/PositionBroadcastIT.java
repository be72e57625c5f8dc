package io.codedelivery.backend.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.codedelivery.backend.support.Positions;
import io.codedelivery.backend.support.RunningBackend;
import io.codedelivery.devstack.testkit.ViewedPosition;
import io.codedelivery.devstack.testkit.ViewerClient;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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
            await().atMost(WAIT).until(() -> onA.hasSnapshot() && onB.hasSnapshot());
            vehicle.report(deliveryId, "broadway", 0, 29, 29);
            List<Long> all = LongStream.rangeClosed(0, 29).boxed().toList();
            await().atMost(WAIT).untilAsserted(() -> {
                assertThat(onA.seqsOf(deliveryId)).isEqualTo(all);
                assertThat(onB.seqsOf(deliveryId)).isEqualTo(all);
            });
            await().atMost(WAIT).untilAsserted(() -> {
                assertThat(onA.removalsOf(deliveryId)).containsExactly("delivered");
                assertThat(onB.removalsOf(deliveryId)).containsExactly("delivered");
            });
        }
        await().atMost(WAIT).until(() -> status(replicaB, deliveryId).equals("delivered"));
    }

    @Test
    void aViewerJoiningMidwayGetsTheLatestPositionThenTheRest() throws Exception {
        String deliveryId = startDelivery();
        try (ViewerClient early = ViewerClient.connect(replicaA.webSocket())) {
            await().atMost(WAIT).until(() -> early.hasSnapshot());
            vehicle.report(deliveryId, "broadway", 0, 9, 19);
            await().atMost(WAIT).until(() -> early.seqsOf(deliveryId).size() == 10);
            await().atMost(WAIT).until(() -> status(replicaA, deliveryId).equals("in_transit"));
            try (ViewerClient late = ViewerClient.connect(replicaB.webSocket())) {
                await().atMost(WAIT).untilAsserted(() -> assertThat(latestSeqIn(late, deliveryId)).isEqualTo(9));
                assertThat(late.framesOfType("snapshot")).hasSize(1);
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
            await().atMost(WAIT).until(viewer::hasSnapshot);
            assertThat(latestSeqIn(viewer, deliveryId)).isEqualTo(4);
        }
    }

    @Test
    void aMessageTheServerCannotUnderstandGetsAnErrorAndTheStreamGoesOn() throws Exception {
        String deliveryId = startDelivery();
        try (ViewerClient viewer = ViewerClient.connect(replicaA.webSocket())) {
            await().atMost(WAIT).until(viewer::hasSnapshot);
            viewer.send("{not json");
            viewer.send("{\"type\":\"subscribe\",\"deliveryId\":42}");
            viewer.send("{\"type\":\"subscribe\",\"scope\":{\"kind\":\"area\",\"bbox\":[1,2,3]}}");
            vehicle.report(deliveryId, "broadway", 0, 2, 2);
            await().atMost(WAIT).untilAsserted(() -> assertThat(viewer.seqsOf(deliveryId)).containsExactly(0L, 1L, 2L));
            assertThat(viewer.framesOfType("error")).hasSize(3)
                    .allSatisfy(error -> assertThat(error.get("reason").asString()).isNotBlank());
            assertThat(viewer.framesOfType("snapshot")).hasSize(1);
        }
    }

    private static long latestSeqIn(ViewerClient viewer, String deliveryId) {
        return viewer.latestSnapshot().stream().filter(p -> p.deliveryId().equals(deliveryId))
                .mapToLong(ViewedPosition::seq).findFirst().orElse(-1);
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
