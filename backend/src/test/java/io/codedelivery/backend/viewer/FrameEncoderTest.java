package io.codedelivery.backend.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import io.codedelivery.contracts.GoldenSamples;
import io.codedelivery.contracts.JsonCodec;
import io.codedelivery.contracts.PositionReported;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class FrameEncoderTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final PositionReported GOLDEN = JsonCodec.decode(GoldenSamples.positionReported(), PositionReported.class);

    @Test
    void aPositionIsARowOfItsFieldsInTheProtocolsOrder() {
        assertThat(PositionRow.of(GOLDEN).json())
                .isEqualTo("[\"d-0b7e2f4a\",\"fifth-avenue\",7,40.73301,-73.99559,1795615203500]");
    }

    @Test
    void aRowIsLessThanHalfTheSizeOfTheKafkaEvent() {
        int event = JsonCodec.encode(GOLDEN).length;
        int row = PositionRow.of(GOLDEN).json().length();
        assertThat(row).isLessThan(event / 2);
    }

    @Test
    void coordinatesAreRoundedToFiveDecimalsAndNeverInExponentForm() {
        assertThat(coordinate(40.733014999)).isEqualTo("40.73301");
        assertThat(coordinate(-73.995596)).isEqualTo("-73.9956");
        assertThat(coordinate(0.000001)).isEqualTo("0");
        assertThat(coordinate(0.00001)).isEqualTo("0.00001");
        assertThat(coordinate(-0.5)).isEqualTo("-0.5");
        assertThat(coordinate(180)).isEqualTo("180");
    }

    @Test
    void textIsEscaped() {
        // ids of the contract cannot hold these, yet the encoder must never write broken JSON
        String odd = "a\"b\\c\u0001";
        JsonNode text = JSON.readTree(Json.appendString(new StringBuilder(), odd).toString());
        assertThat(text.asString()).isEqualTo(odd);
    }

    @Test
    void aSnapshotCarriesTheVersionAndItsScope() {
        JsonNode fleet = encode(new Frame.Snapshot(Scope.FLEET, new RowChunk(List.of(PositionRow.of(GOLDEN)))));
        assertThat(fleet.get("type").asString()).isEqualTo("snapshot");
        assertThat(fleet.get("v").asInt()).isEqualTo(1);
        assertThat(fleet.get("scope").get("kind").asString()).isEqualTo("fleet");
        assertThat(fleet.get("positions").get(0).get(2).asLong()).isEqualTo(7);

        JsonNode area = encode(new Frame.Snapshot(new Scope.Area(-74.1, 40.7, -73.9, 40.8), new RowChunk(List.of())));
        assertThat(area.get("scope").get("bbox").toString()).isEqualTo("[-74.1,40.7,-73.9,40.8]");
        JsonNode one = encode(new Frame.Snapshot(new Scope.OneDelivery("d1"), new RowChunk(List.of())));
        assertThat(one.get("scope").get("deliveryId").asString()).isEqualTo("d1");
    }

    @Test
    void positionsFramesJoinTheirChunksAndSayWhenTheyWereCoalesced() {
        JsonNode plain = encode(new Frame.Positions(List.of(Rows.chunk("d1", 0, 1), new RowChunk(List.of()),
                Rows.chunk("d2", 0, 0)), 0));
        assertThat(plain.get("positions").size()).isEqualTo(3);
        assertThat(plain.has("coalesced")).isFalse();
        JsonNode coalesced = encode(new Frame.Positions(List.of(Rows.chunk("d1", 5, 5)), 4));
        assertThat(coalesced.get("coalesced").asInt()).isEqualTo(4);
    }

    @Test
    void removalsAndErrorsAndKeepalives() {
        JsonNode removed = encode(new Frame.Removed(List.of(new ViewerRemoval("d1", "delivered", 9),
                ViewerRemoval.leftArea("d2", 3))));
        assertThat(removed.get("deliveries").toString()).isEqualTo("[[\"d1\",\"delivered\"],[\"d2\",\"left-area\"]]");
        assertThat(encode(new Frame.Error("bad \"box\"")).get("reason").asString()).isEqualTo("bad \"box\"");
        assertThat(encode(new Frame.Keepalive()).get("type").asString()).isEqualTo("keepalive");
    }

    private static JsonNode encode(Frame frame) {
        return JSON.readTree(FrameEncoder.encode(frame));
    }

    private static String coordinate(double degrees) {
        return Json.appendCoordinate(new StringBuilder(), degrees).toString();
    }
}
