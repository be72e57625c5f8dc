package io.codedelivery.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The positions' streaming reader reads what Jackson's binding of the record reads, and refuses what it refuses. */
class PositionReportedReaderTest {

    private static final JsonMapper BINDING = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    @Test
    void theGoldenPositionReadsAsTheCodecReadsIt() {
        assertThat(PositionReportedReader.decode(GoldenSamples.positionReported()))
                .isEqualTo(bound(GoldenSamples.positionReported()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"deliveryId\":\"d\",\"routeId\":\"r\",\"seq\":3,\"lat\":1.5,\"lng\":-2,\"finished\":true,\"emittedAt\":\"2026-11-25T14:00:03Z\"}",
            "{\"emittedAt\":\"2026-11-25T14:00:03.123456789Z\",\"finished\":false,\"lng\":2,\"lat\":1,\"seq\":0,\"routeId\":\"r\",\"deliveryId\":\"d\"}",
            "{\"deliveryId\":\"d\",\"routeId\":\"r\",\"seq\":9,\"lat\":1,\"lng\":2,\"finished\":false,\"emittedAt\":\"2026-11-25T14:00:03.5Z\",\"extra\":{\"a\":[1,{\"b\":2}]}}",
            "{\"deliveryId\":\"d\",\"routeId\":\"r\",\"seq\":1,\"lat\":1,\"lng\":2,\"finished\":false,\"emittedAt\":\"2026-11-25T14:00:03+01:00\"}",
            "{\"deliveryId\":\"d\",\"routeId\":\"r\",\"seq\":1,\"lat\":1,\"lng\":2,\"finished\":false,\"emittedAt\":\"2024-02-29T23:59:59.999Z\"}",
            "{\"deliveryId\":\"d\",\"routeId\":\"r\",\"seq\":4,\"lat\":1,\"lng\":2,\"finished\":true,\"emittedAt\":\"2026-11-25T14:00:03Z\",\"cancelled\":true}",
            "{\"deliveryId\":\"d\",\"routeId\":\"r\",\"seq\":4,\"lat\":1,\"lng\":2,\"finished\":true,\"emittedAt\":\"2026-11-25T14:00:03Z\",\"cancelled\":false}"})
    void whatTheCodecReadsItReadsTheSame(String json) {
        assertThat(decode(json)).isEqualTo(bound(json.getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "", "[]", "{not json", "{\"deliveryId\":\"d\"}",
            "{\"deliveryId\":\"d\",\"routeId\":\"r\",\"lat\":1,\"lng\":2,\"finished\":false,\"emittedAt\":\"2026-11-25T14:00:03Z\"}",
            "{\"deliveryId\":\"d\",\"routeId\":\"r\",\"seq\":1,\"lat\":1,\"lng\":2,\"emittedAt\":\"2026-11-25T14:00:03Z\"}",
            "{\"deliveryId\":\"\",\"routeId\":\"r\",\"seq\":1,\"lat\":1,\"lng\":2,\"emittedAt\":\"2026-11-25T14:00:03Z\"}",
            "{\"deliveryId\":\"d\",\"routeId\":\"r\",\"seq\":-1,\"lat\":1,\"lng\":2,\"emittedAt\":\"2026-11-25T14:00:03Z\"}",
            "{\"deliveryId\":\"d\",\"routeId\":\"r\",\"seq\":1,\"lat\":91,\"lng\":2,\"emittedAt\":\"2026-11-25T14:00:03Z\"}",
            "{\"deliveryId\":\"d\",\"routeId\":\"r\",\"seq\":1,\"lat\":1,\"lng\":2,\"emittedAt\":\"2026-02-30T14:00:03Z\"}",
            "{\"deliveryId\":\"d\",\"routeId\":\"r\",\"seq\":1,\"lat\":1,\"lng\":2,\"emittedAt\":\"2026-11-25T24:00:03Z\"}",
            "{\"deliveryId\":\"d\",\"routeId\":\"r\",\"seq\":1,\"lat\":1,\"lng\":2,\"emittedAt\":\"yesterday\"}",
            "{\"deliveryId\":\"d\",\"routeId\":\"r\",\"seq\":null,\"lat\":1,\"lng\":2,\"emittedAt\":\"2026-11-25T14:00:03Z\"}",
            "{\"deliveryId\":\"d\",\"routeId\":\"r\",\"seq\":1,\"lat\":1,\"lng\":2,\"finished\":false,\"cancelled\":true,\"emittedAt\":\"2026-11-25T14:00:03Z\"}",
            "{\"deliveryId\":42,\"routeId\":\"r\",\"seq\":1,\"lat\":1,\"lng\":2,\"emittedAt\":\"2026-11-25T14:00:03Z\"}"})
    void whatTheCodecRefusesItRefusesWithAReason(String json) {
        assertThatThrownBy(() -> bound(json.getBytes(StandardCharsets.UTF_8))).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> decode(json)).isInstanceOf(MalformedEventException.class)
                .hasMessageStartingWith("PositionReported: ");
    }

    @Test
    void timestampsReadByHandMatchTheStandardParser() {
        for (String text : new String[] {"1970-01-01T00:00:00Z", "2026-11-25T14:00:03.5Z", "2026-11-25T14:00:03.050Z",
                "2099-12-31T23:59:59.000000001Z"}) {
            assertThat(PositionReportedReader.instant(text)).isEqualTo(Instant.parse(text));
        }
    }

    @Test
    void theCodecReadsPositionsWithIt() {
        byte[] json = GoldenSamples.positionReported();
        assertThat(JsonCodec.decode(json, PositionReported.class)).isEqualTo(PositionReportedReader.decode(json));
        assertThatThrownBy(() -> JsonCodec.decode("{\"deliveryId\":\"d\"}", PositionReported.class))
                .isInstanceOf(MalformedEventException.class).hasMessage("PositionReported: seq, lat, lng and finished are required");
    }

    private static PositionReported bound(byte[] json) {
        return BINDING.readValue(json, PositionReported.class);
    }

    private static PositionReported decode(String json) {
        return PositionReportedReader.decode(json.getBytes(StandardCharsets.UTF_8));
    }
}
