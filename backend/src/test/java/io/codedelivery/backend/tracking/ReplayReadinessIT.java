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
