package io.codedelivery.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.codedelivery.contracts.DeliveryRequested;
import io.codedelivery.contracts.GoldenSamples;
import io.codedelivery.contracts.JsonCodec;
import io.codedelivery.contracts.PositionReported;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.data.Timestamp;
import org.junit.jupiter.api.Test;

class ValueConverterTest {

    private final ValueConverter converter = new ValueConverter(false);

    private String document(Object value, Schema schema) {
        return ValueConverter.JSON.writeValueAsString(converter.toDocument(value, schema));
    }

    @Test
    void goldenPositionAsStringBecomesTheSameEventOnOneLine() {
        String document = document(TestRecords.goldenPosition(), Schema.OPTIONAL_STRING_SCHEMA);

        assertThat(document).isEqualTo("{\"deliveryId\":\"d-0b7e2f4a\",\"routeId\":\"fifth-avenue\",\"seq\":7,"
                + "\"lat\":40.73301,\"lng\":-73.99559,\"finished\":false,\"emittedAt\":\"2026-11-25T14:00:03.500Z\"}");
        assertThat(JsonCodec.decode(document, PositionReported.class))
                .isEqualTo(JsonCodec.decode(GoldenSamples.positionReported(), PositionReported.class));
    }

    @Test
    void goldenDeliveryRequestedAsBytesKeepsItsPath() {
        String document = document(GoldenSamples.deliveryRequested(), Schema.OPTIONAL_BYTES_SCHEMA);

        assertThat(document).doesNotContain("\n").contains("\"path\":[{\"lat\":40.7319,\"lng\":-73.9964},");
        assertThat(JsonCodec.decode(document, DeliveryRequested.class))
                .isEqualTo(JsonCodec.decode(GoldenSamples.deliveryRequested(), DeliveryRequested.class));
    }

    @Test
    void aSchemalessMapFromTheJsonConverterIsWrittenAsItIs() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("deliveryId", "d-1");
        value.put("seq", 3L);
        value.put("lat", 40.5);
        value.put("finished", true);
        value.put("tags", List.of("a", "b"));

        assertThat(document(value, null))
                .isEqualTo("{\"deliveryId\":\"d-1\",\"seq\":3,\"lat\":40.5,\"finished\":true,\"tags\":[\"a\",\"b\"]}");
    }

    @Test
    void aStructIsWrittenByItsSchemaWithLogicalTypesAsText() {
        Schema schema = SchemaBuilder.struct().name("Position")
                .field("deliveryId", Schema.STRING_SCHEMA)
                .field("seq", Schema.INT64_SCHEMA)
                .field("emittedAt", Timestamp.SCHEMA)
                .field("price", Decimal.schema(2))
                .field("note", Schema.OPTIONAL_STRING_SCHEMA)
                .build();
        Struct struct = new Struct(schema).put("deliveryId", "d-1").put("seq", 4L)
                .put("emittedAt", Date.from(Instant.parse("2026-11-25T14:00:03.500Z"))).put("price", new BigDecimal("12.50"));

        assertThat(document(struct, schema)).isEqualTo("{\"deliveryId\":\"d-1\",\"seq\":4,"
                + "\"emittedAt\":\"2026-11-25T14:00:03.500Z\",\"price\":12.50,\"note\":null}");
    }

    @Test
    void withSchemaIgnoredATimestampIsEpochMillis() {
        Schema schema = SchemaBuilder.struct().field("at", Timestamp.SCHEMA).build();
        Instant at = Instant.parse("2026-11-25T14:00:03.500Z");
        Struct struct = new Struct(schema).put("at", Date.from(at));

        assertThat(ValueConverter.JSON.writeValueAsString(new ValueConverter(true).toDocument(struct, schema)))
                .isEqualTo("{\"at\":" + at.toEpochMilli() + "}");
    }

    @Test
    void textThatIsNotJsonIsMalformed() {
        assertThatThrownBy(() -> converter.toDocument("lat=40.7", Schema.STRING_SCHEMA))
                .isInstanceOf(MalformedRecordException.class)
                .hasMessageStartingWith("value is not valid JSON: ");
    }

    @Test
    void jsonThatIsNotAnObjectIsMalformed() {
        assertThatThrownBy(() -> converter.toDocument("[1,2]", Schema.STRING_SCHEMA))
                .isInstanceOf(MalformedRecordException.class)
                .hasMessage("value is a JSON array, not an object");
        assertThatThrownBy(() -> converter.toDocument("42".getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOf(MalformedRecordException.class)
                .hasMessage("value is a JSON number, not an object");
    }

    @Test
    void aPrimitiveValueIsMalformed() {
        assertThatThrownBy(() -> converter.toDocument(42L, Schema.INT64_SCHEMA))
                .isInstanceOf(MalformedRecordException.class)
                .hasMessage("value of type Long is not a document; expected JSON text, a map or a Struct");
    }
}
