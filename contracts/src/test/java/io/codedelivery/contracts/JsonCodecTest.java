package io.codedelivery.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class JsonCodecTest {

    private static final JsonMapper TREES = JsonMapper.builder().build();

    private static final DeliveryRequested GOLDEN_REQUEST = new DeliveryRequested(
            "d-0b7e2f4a",
            "fifth-avenue",
            List.of(new GeoPoint(40.7319, -73.9964), new GeoPoint(40.73568, -73.99364), new GeoPoint(40.74137, -73.98948)),
            Instant.parse("2026-11-25T14:00:00Z"));

    private static final PositionReported GOLDEN_POSITION = new PositionReported(
            "d-0b7e2f4a", "fifth-avenue", 7, 40.73301, -73.99559, false, Instant.parse("2026-11-25T14:00:03.500Z"));

    @Test
    void readsTheGoldenDeliveryRequested() {
        assertThat(JsonCodec.decode(GoldenSamples.deliveryRequested(), DeliveryRequested.class)).isEqualTo(GOLDEN_REQUEST);
    }

    @Test
    void writesTheGoldenDeliveryRequested() {
        assertThat(TREES.readTree(JsonCodec.encode(GOLDEN_REQUEST)))
                .isEqualTo(TREES.readTree(GoldenSamples.deliveryRequested()));
    }

    @Test
    void readsTheGoldenPositionReported() {
        assertThat(JsonCodec.decode(GoldenSamples.positionReported(), PositionReported.class)).isEqualTo(GOLDEN_POSITION);
    }

    @Test
    void writesTheGoldenPositionReported() {
        assertThat(TREES.readTree(JsonCodec.encode(GOLDEN_POSITION)))
                .isEqualTo(TREES.readTree(GoldenSamples.positionReported()));
    }

    @Test
    void aPositionWritesCancelledOnlyWhenItEndsACancelledDelivery() {
        PositionReported last = PositionReported.cancelledAt("d-0b7e2f4a", "fifth-avenue", 8,
                new GeoPoint(40.73301, -73.99559), Instant.parse("2026-11-25T14:00:04Z"));

        assertThat(TREES.readTree(JsonCodec.encode(GOLDEN_POSITION)).has("cancelled")).isFalse();
        assertThat(TREES.readTree(JsonCodec.encode(last)).get("cancelled").asBoolean()).isTrue();
        assertThat(JsonCodec.decode(JsonCodec.encode(last), PositionReported.class)).isEqualTo(last);
        assertThat(last.finished()).isTrue();
    }

    @Test
    void aCancelledPositionThatIsNotTheLastIsRefused() {
        String json = new String(GoldenSamples.positionReported()).replace("\"seq\"", "\"cancelled\": true, \"seq\"");

        assertThatThrownBy(() -> JsonCodec.decode(json, PositionReported.class))
                .isInstanceOf(MalformedEventException.class)
                .hasMessage("PositionReported: a cancelled position is the delivery's last: finished must be true");
    }

    @Test
    void ignoresFieldsAddedByANewerProducer() {
        String json = new String(GoldenSamples.positionReported()).replace("\"seq\"", "\"heading\": 12.5, \"seq\"");
        assertThat(JsonCodec.decode(json, PositionReported.class)).isEqualTo(GOLDEN_POSITION);
    }

    @Test
    void rejectsAPositionWithoutCoordinates() {
        String json = "{\"deliveryId\":\"d\",\"routeId\":\"r\",\"seq\":0,\"finished\":false,\"emittedAt\":\"2026-11-25T14:00:00Z\"}";
        assertThatThrownBy(() -> JsonCodec.decode(json, PositionReported.class))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("PositionReported");
    }

    @Test
    void rejectsAPositionOutsideTheGlobe() {
        String json = new String(GoldenSamples.positionReported()).replace("40.73301", "91.0");
        assertThatThrownBy(() -> JsonCodec.decode(json, PositionReported.class))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("lat must be between -90 and 90");
    }

    @Test
    void rejectsARequestWithoutDeliveryId() {
        String json = new String(GoldenSamples.deliveryRequested()).replace("\"deliveryId\": \"d-0b7e2f4a\",", "");
        assertThatThrownBy(() -> JsonCodec.decode(json, DeliveryRequested.class))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("deliveryId is required");
    }

    @Test
    void rejectsBytesThatAreNotJson() {
        assertThatThrownBy(() -> JsonCodec.decode("not json".getBytes(), DeliveryRequested.class))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageStartingWith("DeliveryRequested: ");
    }

    @Test
    void rejectsAMissingValue() {
        assertThatThrownBy(() -> JsonCodec.decode((byte[]) null, PositionReported.class))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("missing");
    }

    @Test
    void positionIdIsStablePerDeliveryAndSeq() {
        assertThat(GOLDEN_POSITION.positionId()).isEqualTo("d-0b7e2f4a-7");
    }
}
