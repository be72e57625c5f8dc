package io.codedelivery.backend.viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.codedelivery.backend.support.Positions;
import io.codedelivery.backend.support.RunningBackend;
import io.codedelivery.devstack.testkit.ViewerClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Each viewer gets what it asked for, against a real backend and broker. */
class SubscriptionsIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String MIDTOWN = "-74.0,40.74,-73.97,40.77";

    private static RunningBackend backend;
    private static Positions vehicles;

    @BeforeAll
    static void start() {
        backend = RunningBackend.start("subscriptions-" + UUID.randomUUID(), "--codedelivery.tracking.silence-limit=2s",
                "--codedelivery.tracking.sweep-interval=200ms");
        vehicles = new Positions(backend.kafkaBootstrapServers());
    }

    @AfterAll
    static void stop() {
        vehicles.close();
        backend.close();
    }

    @Test
    void oneDeliverysViewerGetsExactlyThatDeliveryWithEverySeq() throws Exception {
        String mine = "mine-" + UUID.randomUUID();
        String other = "other-" + UUID.randomUUID();
        try (ViewerClient customer = ViewerClient.connect(scoped("delivery=" + mine))) {
            await().atMost(WAIT).until(customer::hasSnapshot);
            assertThat(customer.framesOfType("snapshot").get(0).get("scope").get("deliveryId").asString()).isEqualTo(mine);
            vehicles.report(other, "broadway", 0, 19, 19);
            vehicles.report(mine, "broadway", 0, 19, 19);
            await().atMost(WAIT).until(() -> customer.removalsOf(mine).contains("delivered"));
            assertThat(customer.seqsOf(mine)).isEqualTo(LongStream.rangeClosed(0, 19).boxed().toList());
            assertThat(customer.deliveriesSeen()).containsExactly(mine);
            assertThat(customer.removalsOf(other)).isEmpty();
        }
    }

    @Test
    void aViewerThatOpensLateGetsTheTrailOfADeliveryThatAlreadyDrove() throws Exception {
        String driving = "driving-" + UUID.randomUUID();
        try (ViewerClient early = ViewerClient.connect(scoped("delivery=" + driving))) {
            await().atMost(WAIT).until(early::hasSnapshot);
            vehicles.report(driving, "broadway", 0, 5, 100);
            await().atMost(WAIT).until(() -> early.seqsOf(driving).size() == 6);
        }
        try (ViewerClient late = ViewerClient.connect(scoped("delivery=" + driving))) {
            await().atMost(WAIT).until(late::hasSnapshot);
            JsonNode snapshot = late.framesOfType("snapshot").get(0);
            assertThat(snapshot.get("positions").get(0).get(2).asLong()).isEqualTo(5);
            // Positions: seq n at latitude 40.73 - n * 1e-4, longitude -73.99
            assertThat(snapshot.get("trails").get(driving).toString()).isEqualTo(
                    "[[40.73,-73.99],[40.7299,-73.99],[40.7298,-73.99],[40.7297,-73.99],[40.7296,-73.99],[40.7295,-73.99]]");
        }
    }

    @Test
    void anAreasViewerGetsDeliveriesThatEnterAndIsToldWhenOneLeaves() throws Exception {
        String passing = "passing-" + UUID.randomUUID();
        String away = "away-" + UUID.randomUUID();
        try (ViewerClient area = ViewerClient.connect(scoped("bbox=" + MIDTOWN))) {
            await().atMost(WAIT).until(area::hasSnapshot);
            vehicles.reportAt(passing, 0, 40.70, -73.99, false);
            vehicles.reportAt(away, 0, 40.60, -73.99, false);
            vehicles.reportAt(passing, 1, 40.75, -73.99, false);
            vehicles.reportAt(passing, 2, 40.76, -73.99, false);
            vehicles.reportAt(passing, 3, 40.80, -73.99, false);
            await().atMost(WAIT).until(() -> area.removalsOf(passing).contains("left-area"));
            assertThat(area.seqsOf(passing)).containsExactly(1L, 2L);
            assertThat(area.deliveriesSeen()).doesNotContain(away);
        }
    }

    @Test
    void aViewerChangesItsScopeOnTheOpenSocket() throws Exception {
        String followed = "followed-" + UUID.randomUUID();
        String ignored = "ignored-" + UUID.randomUUID();
        try (ViewerClient viewer = ViewerClient.connect(backend.webSocket())) {
            await().atMost(WAIT).until(viewer::hasSnapshot);
            viewer.send("{\"type\":\"subscribe\",\"scope\":{\"kind\":\"delivery\",\"deliveryId\":\"" + followed + "\"}}");
            await().atMost(WAIT).until(() -> viewer.framesOfType("snapshot").size() == 2);
            vehicles.report(ignored, "broadway", 0, 4, 100);
            vehicles.report(followed, "broadway", 0, 4, 100);
            await().atMost(WAIT).until(() -> viewer.seqsOf(followed).size() == 5);
            assertThat(viewer.deliveriesSeen()).containsExactly(followed);
        }
    }

    @Test
    void aRemovedDeliveryDisappearsFromEveryViewerThatHadIt() throws Exception {
        String finishing = "finishing-" + UUID.randomUUID();
        String falling = "falling-silent-" + UUID.randomUUID();
        try (ViewerClient fleet = ViewerClient.connect(backend.webSocket());
                ViewerClient customer = ViewerClient.connect(scoped("delivery=" + falling));
                ViewerClient area = ViewerClient.connect(scoped("bbox=" + MIDTOWN))) {
            for (ViewerClient viewer : List.of(fleet, customer, area)) {
                await().atMost(WAIT).until(viewer::hasSnapshot);
            }
            vehicles.reportAt(finishing, 0, 40.75, -73.98, false);
            vehicles.reportAt(finishing, 1, 40.751, -73.98, true);
            vehicles.reportAt(falling, 0, 40.75, -73.99, false);
            await().atMost(WAIT).untilAsserted(() -> {
                assertThat(fleet.removalsOf(finishing)).containsExactly("delivered");
                assertThat(area.removalsOf(finishing)).containsExactly("delivered");
                assertThat(fleet.removalsOf(falling)).containsExactly("silent");
                assertThat(customer.removalsOf(falling)).containsExactly("silent");
                assertThat(area.removalsOf(falling)).containsExactly("silent");
            });
        }
    }

    @Test
    void aMalformedScopeIsRefusedBeforeTheUpgrade() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(backend.baseUrl() + "/ws?bbox=1,2,3")).header("Origin", backend.baseUrl())
                        .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("bbox");
    }

    private static URI scoped(String query) {
        return URI.create(backend.webSocket() + "?" + query);
    }
}
