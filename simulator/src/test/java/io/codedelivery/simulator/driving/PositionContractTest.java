package io.codedelivery.simulator.driving;

import static io.codedelivery.simulator.driving.TopologyFixture.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.codedelivery.contracts.GeoPoint;
import io.codedelivery.contracts.GoldenSamples;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Both sides of the contract: the simulator reads the golden request and writes the golden position shape. */
class PositionContractTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void emittedPositionsHaveExactlyTheFieldsOfTheGoldenSample() {
        JsonNode emitted;
        try (TopologyFixture fixture = new TopologyFixture(DrivingSettings.defaults())) {
            fixture.send(request("d-1", "north", new GeoPoint(40.0, -73.0), new GeoPoint(40.001, -73.0)));
            fixture.tick();
            emitted = JSON.readTree(fixture.positions.readValue());
        }
        JsonNode golden = JSON.readTree(GoldenSamples.positionReported());

        assertThat(shape(emitted)).isEqualTo(shape(golden));
    }

    @Test
    void theGoldenDeliveryRequestedIsDrivenFromItsFirstPointToItsLast() {
        try (TopologyFixture fixture = new TopologyFixture(DrivingSettings.defaults())) {
            fixture.requests.pipeInput("d-0b7e2f4a", GoldenSamples.deliveryRequested());
            var positions = fixture.driveToTheEnd(1_000);
            assertThat(fixture.deadLetters.isEmpty()).isTrue();
            assertThat(positions.get(0).point()).isEqualTo(new GeoPoint(40.7319, -73.9964));
            assertThat(positions.get(positions.size() - 1).point()).isEqualTo(new GeoPoint(40.74137, -73.98948));
            assertThat(positions.get(positions.size() - 1).finished()).isTrue();
        }
    }

    private static Map<String, String> shape(JsonNode node) {
        Map<String, String> fields = new TreeMap<>();
        node.properties().forEach(field -> fields.put(field.getKey(), kind(field.getValue())));
        return fields;
    }

    private static String kind(JsonNode value) {
        return value.isNumber() ? "number" : value.getNodeType().name();
    }
}
