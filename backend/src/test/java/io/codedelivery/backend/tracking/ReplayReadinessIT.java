package io.codedelivery.backend.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.codedelivery.backend.support.Positions;
import io.codedelivery.backend.support.RunningBackend;
import io.codedelivery.devstack.SharedInfrastructure;
import io.codedelivery.devstack.testkit.ViewedPosition;
import io.codedelivery.devstack.testkit.ViewerClient;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A replica that starts while deliveries are in flight: it is ready only once it has read them,
 * a viewer that connects at once gets them in its snapshot, and the replay never reaches it as live.
 */
class ReplayReadinessIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void aNewReplicasFirstSnapshotHasWhatIsInFlightAndNothingReplayedFollowsAsLive() throws Exception {
        String inFlight = "in-flight-" + UUID.randomUUID();
        try (Positions vehicle = new Positions(SharedInfrastructure.get().kafkaBootstrapServers())) {
            vehicle.report(inFlight, "broadway", 0, 199, 1_000);
        }
        try (RunningBackend replica = RunningBackend.start("replay-" + UUID.randomUUID());
                ViewerClient viewer = ViewerClient.connect(replica.webSocket())) {
            await().atMost(WAIT).until(viewer::hasSnapshot);
            assertThat(viewer.latestSnapshot()).filteredOn(p -> p.deliveryId().equals(inFlight))
                    .extracting(ViewedPosition::seq).containsExactly(199L);
            // the replay built the trail too: from seq 0 (latitude 40.73) to seq 199 (40.7101), thinned
            JsonNode trail = viewer.framesOfType("snapshot").get(0).get("trails").get(inFlight);
            assertThat(trail.size()).isBetween(3, 128);
            assertThat(trail.get(0).toString()).isEqualTo("[40.73,-73.99]");
            assertThat(trail.get(trail.size() - 1).toString()).isEqualTo("[40.7101,-73.99]");
            await().atMost(WAIT).until(() -> replica.get("/actuator/health/readiness").statusCode() == 200);
            try (ViewerClient later = ViewerClient.connect(replica.webSocket())) {
                await().atMost(WAIT).until(later::hasSnapshot);
                assertThat(later.latestSnapshot()).extracting(ViewedPosition::deliveryId).contains(inFlight);
            }
            assertThat(viewer.positionsOf(inFlight)).isEmpty();
            assertThat(viewer.framesOfType("snapshot")).hasSize(1);
        }
    }
}
