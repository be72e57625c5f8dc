package io.codedelivery.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.transforms.Transformation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GeoPointFieldTest {

    private static final String POSITION = "{\"deliveryId\":\"d1\",\"routeId\":\"1\",\"seq\":7,\"lat\":-15.82,\"lng\":-47.92,"
            + "\"finished\":false,\"emittedAt\":\"2026-11-26T10:00:00Z\"}";
    private static final String POSITION_WITH_LOCATION = POSITION.substring(0, POSITION.length() - 1)
            + ",\"location\":{\"lat\":-15.82,\"lon\":-47.92}}";

    private static final Schema POSITION_SCHEMA = SchemaBuilder.struct().name("PositionReported").version(2)
            .field("deliveryId", Schema.STRING_SCHEMA)
            .field("seq", Schema.INT64_SCHEMA)
            .field("lat", Schema.FLOAT64_SCHEMA)
            .field("lng", Schema.FLOAT64_SCHEMA)
            .build();

    private static GeoPointField<SinkRecord> transform(String... keyValues) {
        Map<String, String> props = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            props.put(keyValues[i], keyValues[i + 1]);
        }
        GeoPointField<SinkRecord> transform = new GeoPointField<>();
        transform.configure(props);
        return transform;
    }

    private static SinkRecord record(Schema schema, Object value) {
        return new SinkRecord("route.new-position", 3, Schema.STRING_SCHEMA, "d1", schema, value, 1842L);
    }

    private static Map<String, Object> position(Object lat, Object lng) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("deliveryId", "d1");
        value.put("seq", 7L);
        value.put("lat", lat);
        value.put("lng", lng);
        return value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }

    @Test
    void aSchemalessPositionGetsItsLatitudeAsLatAndItsLongitudeAsLon() {
        Map<String, Object> value = position(-15.8, -47.9);

        SinkRecord transformed = transform().apply(record(null, value));

        assertThat(asMap(transformed.value())).containsExactly(entry("deliveryId", "d1"), entry("seq", 7L),
                entry("lat", -15.8), entry("lng", -47.9), entry("location", Map.of("lat", -15.8, "lon", -47.9)));
        assertThat(asMap(asMap(transformed.value()).get("location"))).containsExactly(
                entry("lat", -15.8), entry("lon", -47.9));
        assertThat(transformed.valueSchema()).isNull();
        assertThat(value).doesNotContainKey("location");
    }

    @Test
    void theTransformedRecordKeepsItsTopicPartitionOffsetKeyTimestampAndHeaders() {
        SinkRecord original = new SinkRecord("route.new-position", 3, Schema.STRING_SCHEMA, "d1", null,
                position(-15.8, -47.9), 1842L, 1_700_000_000_000L, TimestampType.CREATE_TIME);
        original.headers().addString("trace", "t-1");

        SinkRecord transformed = transform().apply(original);

        assertThat(transformed).isNotSameAs(original);
        assertThat(transformed.topic()).isEqualTo("route.new-position");
        assertThat(transformed.kafkaPartition()).isEqualTo(3);
        assertThat(transformed.kafkaOffset()).isEqualTo(1842L);
        assertThat(transformed.key()).isEqualTo("d1");
        assertThat(transformed.timestamp()).isEqualTo(1_700_000_000_000L);
        assertThat(transformed.headers().lastWithName("trace").value()).isEqualTo("t-1");
    }

    @Test
    void jsonTextStaysTextWithTheLocationAdded() {
        SinkRecord transformed = transform().apply(record(Schema.OPTIONAL_STRING_SCHEMA, POSITION));

        assertThat(transformed.value()).isEqualTo(POSITION_WITH_LOCATION);
        assertThat(transformed.valueSchema()).isEqualTo(Schema.OPTIONAL_STRING_SCHEMA);
    }

    @Test
    void jsonBytesStayBytesWithTheLocationAdded() {
        SinkRecord transformed = transform().apply(record(null, POSITION.getBytes(StandardCharsets.UTF_8)));

        assertThat(transformed.value()).isInstanceOf(byte[].class);
        assertThat(new String((byte[]) transformed.value(), StandardCharsets.UTF_8)).isEqualTo(POSITION_WITH_LOCATION);
    }

    @Test
    void aStructGetsAnOptionalLocationStructAndKeepsEveryField() {
        Struct value = new Struct(POSITION_SCHEMA).put("deliveryId", "d1").put("seq", 7L).put("lat", -15.8).put("lng", -47.9);

        SinkRecord transformed = transform().apply(record(POSITION_SCHEMA, value));

        Struct struct = (Struct) transformed.value();
        Schema schema = transformed.valueSchema();
        assertThat(schema).isSameAs(struct.schema());
        assertThat(schema.name()).isEqualTo("PositionReported");
        assertThat(schema.version()).isEqualTo(2);
        assertThat(schema.fields()).extracting(field -> field.name())
                .containsExactly("deliveryId", "seq", "lat", "lng", "location");
        Schema location = schema.field("location").schema();
        assertThat(location.type()).isEqualTo(Schema.Type.STRUCT);
        assertThat(location.isOptional()).isTrue();
        assertThat(location.fields()).extracting(field -> field.name() + ":" + field.schema().type())
                .containsExactly("lat:FLOAT64", "lon:FLOAT64");
        assertThat(struct.getStruct("location").getFloat64("lat")).isEqualTo(-15.8);
        assertThat(struct.getStruct("location").getFloat64("lon")).isEqualTo(-47.9);
        assertThat(struct.getString("deliveryId")).isEqualTo("d1");
        assertThat(struct.getInt64("seq")).isEqualTo(7L);
        struct.validate();
    }

    @Test
    void structsOfOneSchemaShareOneWidenedSchema() {
        GeoPointField<SinkRecord> transform = transform();
        Struct first = new Struct(POSITION_SCHEMA).put("deliveryId", "d1").put("seq", 1L).put("lat", 1.0).put("lng", 2.0);
        Struct second = new Struct(POSITION_SCHEMA).put("deliveryId", "d1").put("seq", 2L).put("lat", 3.0).put("lng", 4.0);

        Schema one = transform.apply(record(POSITION_SCHEMA, first)).valueSchema();
        Schema other = transform.apply(record(POSITION_SCHEMA, second)).valueSchema();

        assertThat(other).isSameAs(one);
    }

    @Test
    void aLocationAlreadyInTheStructIsReplacedInPlace() {
        Schema schema = SchemaBuilder.struct().optional()
                .field("location", Schema.STRING_SCHEMA)
                .field("lat", Schema.FLOAT32_SCHEMA)
                .field("lng", Schema.INT32_SCHEMA)
                .build();
        Struct value = new Struct(schema).put("location", "-15.8,-47.9").put("lat", -15.5f).put("lng", -47);

        SinkRecord transformed = transform().apply(record(schema, value));

        assertThat(transformed.valueSchema().isOptional()).isTrue();
        assertThat(transformed.valueSchema().fields()).extracting(field -> field.name()).containsExactly("location", "lat", "lng");
        Struct location = ((Struct) transformed.value()).getStruct("location");
        assertThat(location.getFloat64("lat")).isEqualTo(-15.5);
        assertThat(location.getFloat64("lon")).isEqualTo(-47.0);
    }

    @Test
    void customFieldNamesChooseWhereTheCoordinatesComeFromAndWhereThePointGoes() {
        Map<String, Object> value = Map.of("latitude", 52.52, "longitude", 13.40, "lat", 0.0, "lng", 0.0);

        Object transformed = transform("field", "geo", "lat.field", "latitude", "lon.field", "longitude")
                .apply(record(null, value)).value();

        assertThat(asMap(transformed)).containsEntry("geo", Map.of("lat", 52.52, "lon", 13.40)).doesNotContainKey("location");
    }

    @Test
    void theDefaultsFitOurPositions() {
        Map<String, Object> defaults = new GeoPointField<SinkRecord>().config().defaultValues();

        assertThat(defaults).containsOnly(entry("field", "location"), entry("lat.field", "lat"), entry("lon.field", "lng"));
    }

    @Test
    void everyKeyIsDocumented() {
        ConfigDef def = new GeoPointField<SinkRecord>().config();

        assertThat(def.configKeys().values()).allSatisfy(key -> assertThat(key.documentation).isNotBlank());
    }

    @Test
    void aBlankFieldNameIsRefused() {
        assertThatThrownBy(() -> transform("lat.field", " "))
                .isInstanceOf(ConfigException.class)
                .hasMessage("Invalid value  for configuration lat.field: a field name is needed");

        List<ConfigValue> validated = new GeoPointField<SinkRecord>().config().validate(Map.of("field", ""));
        assertThat(validated).filteredOn(value -> value.name().equals("field")).singleElement()
                .satisfies(value -> assertThat(value.errorMessages()).containsExactly(
                        "Invalid value  for configuration field: a field name is needed"));
    }

    @Test
    void theSameFieldForLatitudeAndLongitudeIsRefused() {
        assertThatThrownBy(() -> transform("lat.field", "coordinate", "lon.field", "coordinate"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("field, lat.field and lon.field must name three different fields, got location, coordinate and coordinate");
    }

    @Test
    void theEdgesOfTheGlobeAreOnIt() {
        Object transformed = transform().apply(record(null, position(90, -180L))).value();

        assertThat(asMap(transformed)).containsEntry("location", Map.of("lat", 90.0, "lon", -180.0));
    }

    static Stream<Arguments> offTheGlobe() {
        return Stream.of(
                Arguments.of("latitude missing", null, -47.9),
                Arguments.of("longitude missing", -15.8, null),
                Arguments.of("latitude as text", "-15.8", -47.9),
                Arguments.of("longitude a boolean", -15.8, true),
                Arguments.of("latitude not a number", Double.NaN, -47.9),
                Arguments.of("longitude infinite", -15.8, Double.NEGATIVE_INFINITY),
                Arguments.of("latitude above 90", 90.5, -47.9),
                Arguments.of("latitude below -90", -91, -47.9),
                Arguments.of("longitude beyond 180", -15.8, 180.01),
                Arguments.of("coordinates swapped into the wrong ranges", -147.9, -15.8));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("offTheGlobe")
    void aPositionWithoutValidCoordinatesPassesUnchangedInEveryForm(String why, Object lat, Object lng) {
        GeoPointField<SinkRecord> transform = transform();
        Map<String, Object> map = position(lat, lng);
        String json = ValueConverter.JSON.writeValueAsString(map);
        Schema schema = SchemaBuilder.struct().field("lat", Schema.OPTIONAL_FLOAT64_SCHEMA)
                .field("lng", Schema.OPTIONAL_FLOAT64_SCHEMA).build();
        Struct struct = new Struct(schema).put("lat", lat instanceof Number n ? n.doubleValue() : null)
                .put("lng", lng instanceof Number n ? n.doubleValue() : null);

        List<SinkRecord> records = List.of(record(null, map), record(Schema.STRING_SCHEMA, json),
                record(null, json.getBytes(StandardCharsets.UTF_8)), record(schema, struct));
        for (SinkRecord record : records) {
            assertThat(transform.apply(record)).as("%s", record.value()).isSameAs(record);
        }
    }

    @Test
    void aStructWithoutTheCoordinateFieldsPassesUnchanged() {
        Schema schema = SchemaBuilder.struct().field("deliveryId", Schema.STRING_SCHEMA).build();
        SinkRecord record = record(schema, new Struct(schema).put("deliveryId", "d1"));

        assertThat(transform().apply(record)).isSameAs(record);
    }

    @Test
    void aTombstonePassesUnchanged() {
        SinkRecord tombstone = record(null, null);

        assertThat(transform().apply(tombstone)).isSameAs(tombstone);
    }

    @Test
    void textThatIsNotAJsonObjectPassesUnchanged() {
        GeoPointField<SinkRecord> transform = transform();

        for (Object value : List.of("lat=-15.8", "[-15.8,-47.9]", "", "{\"lat\":-15.8,", "\"x\"".getBytes(StandardCharsets.UTF_8))) {
            SinkRecord record = record(null, value);
            assertThat(transform.apply(record)).as("%s", value).isSameAs(record);
        }
    }

    @Test
    void aMapWithAMapSchemaOrAPrimitivePassesUnchanged() {
        Schema mapSchema = SchemaBuilder.map(Schema.STRING_SCHEMA, Schema.FLOAT64_SCHEMA).build();
        SinkRecord map = record(mapSchema, Map.of("lat", -15.8, "lng", -47.9));
        SinkRecord number = record(Schema.INT64_SCHEMA, 42L);

        assertThat(transform().apply(map)).isSameAs(map);
        assertThat(transform().apply(number)).isSameAs(number);
    }

    @Test
    void itHasThePluginsVersion() {
        assertThat(new GeoPointField<SinkRecord>().version()).isEqualTo(new SearchSinkConnector().version());
    }

    @Test
    void connectFindsItAsAServiceWithTheConnector() {
        assertThat(ServiceLoader.load(Transformation.class).stream().map(ServiceLoader.Provider::type))
                .contains(GeoPointField.class);
    }
}
