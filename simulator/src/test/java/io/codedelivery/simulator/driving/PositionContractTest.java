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

/** Producer side of the contract: what the simulator writes has the shape of the golden sample. */
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

    private static Map<String, String> shape(JsonNode node) {
        Map<String, String> fields = new TreeMap<>();
        node.properties().forEach(field -> fields.put(field.getKey(), kind(field.getValue())));
        return fields;
    }

    private static String kind(JsonNode value) {
        return value.isNumber() ? "number" : value.getNodeType().name();
    }
}
