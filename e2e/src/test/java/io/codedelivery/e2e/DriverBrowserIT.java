package io.codedelivery.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.codedelivery.devstack.SharedInfrastructure;
import io.codedelivery.e2e.chaos.PositionTopic;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A phone as the vehicle, in a real browser (Debian's Chromium, driven by playwright-core, with an
 * emulated geolocation): the driver page of a device-driven delivery reports the walk along its
 * route, loses the network halfway and keeps its positions, sends them when it is back, and ends the
 * delivery on arrival; the customer's tracking page follows it to "Delivered". On Kafka the
 * delivery holds every seq from 0 to the last exactly once.
 */
class DriverBrowserIT {

    private static RunningSystem system;

    @BeforeAll
    static void start() {
        BrowserScript.requireChromium();
        system = RunningSystem.get();
    }

    @Test
    void aPhoneDrivesADeliveryToDeliveredAcrossANetworkLossWithNoGapAndNoDuplicate() throws Exception {
        JsonNode summary = BrowserScript.run("e2e/driver.e2e.mjs", "driver-browser.out", Map.of(
                "BASE_URL", system.baseUrl(),
                "SCREENSHOT", BrowserScript.LOGS.resolve("driver.png").toAbsolutePath().toString(),
                "TIMEOUT_MS", "150000"), Duration.ofMinutes(3));
        assertThat(summary.get("ok").asBoolean()).isTrue();
        assertThat(summary.get("offlineRecorded").asInt()).as("positions recorded while offline").isPositive();

        String deliveryId = summary.get("deliveryId").asString();
        assertThat(system.deliveryStatus(deliveryId)).isEqualTo("delivered");
        PositionTopic.Committed onKafka = PositionTopic.read(SharedInfrastructure.get().kafkaBootstrapServers(),
                Set.of(deliveryId)).get(deliveryId);
        long last = summary.get("lastAckedSeq").asLong();
        assertThat(onKafka.seqs()).as("seq 0..last, each once, in order")
                .containsExactlyElementsOf(LongStream.rangeClosed(0, last).boxed().toList());
        assertThat(onKafka.finishedCount()).isEqualTo(1);
        System.out.printf("driver: %d positions recorded (%d while offline), seq 0..%d on Kafka, gaps 0, duplicates 0%n",
                summary.get("recorded").asInt(), summary.get("offlineRecorded").asInt(), last);
    }
}
