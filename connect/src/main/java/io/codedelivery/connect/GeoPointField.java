package io.codedelivery.connect;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.components.Versioned;
import org.apache.kafka.connect.connector.ConnectRecord;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.transforms.Transformation;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A single message transform that adds a geo_point to a position: {@code field} (default
 * {@code location}) becomes {@code {"lat": <lat.field>, "lon": <lon.field>}}. Takes a schemaless
 * map (JsonConverter without schemas), a Struct, or JSON text as a String or byte[]
 * (StringConverter, ByteArrayConverter), and returns a new record of the same form.
 *
 * <p>A tombstone, a value of another form, and a value whose coordinates are missing, not
 * numbers or off the globe pass unchanged: the index's mapping decides about them, and the task
 * does not fail.
 */
public final class GeoPointField<R extends ConnectRecord<R>> implements Transformation<R>, Versioned {

    private GeoPointConfig config;
    private GeoPointStructs structs;

    @Override
    public void configure(Map<String, ?> props) {
        config = new GeoPointConfig(props);
        structs = new GeoPointStructs(config.field());
    }

    @Override
    public R apply(R record) {
        Object value = record.value();
        if (value instanceof Struct struct) {
            return GeoPoint.of(member(struct, config.latField()), member(struct, config.lonField()))
                    .map(point -> structs.withPoint(struct, point))
                    .map(updated -> withValue(record, updated.schema(), updated))
                    .orElse(record);
        }
        Optional<?> updated = Optional.empty();
        if (value instanceof Map<?, ?> map && record.valueSchema() == null) {
            updated = withPoint(map);
        } else if (value instanceof String text) {
            updated = json(() -> ValueConverter.JSON.readTree(text)).map(ValueConverter.JSON::writeValueAsString);
        } else if (value instanceof byte[] bytes) {
            updated = json(() -> ValueConverter.JSON.readTree(bytes)).map(ValueConverter.JSON::writeValueAsBytes);
        }
        return updated.map(changed -> withValue(record, record.valueSchema(), changed)).orElse(record);
    }

    private static Object member(Struct struct, String name) {
        Field field = struct.schema().field(name);
        return field == null ? null : struct.get(field);
    }

    private Optional<Map<Object, Object>> withPoint(Map<?, ?> value) {
        return GeoPoint.of(value.get(config.latField()), value.get(config.lonField())).map(point -> {
            Map<Object, Object> copy = new LinkedHashMap<>(value);
            copy.put(config.field(), point.toMap());
            return copy;
        });
    }

    private Optional<ObjectNode> json(Supplier<JsonNode> text) {
        JsonNode tree;
        try {
            tree = text.get();
        } catch (JacksonException notJson) {
            return Optional.empty();
        }
        if (!(tree instanceof ObjectNode document)) {
            return Optional.empty();
        }
        return GeoPoint.of(number(document.get(config.latField())), number(document.get(config.lonField()))).map(point -> {
            document.putObject(config.field()).put("lat", point.lat()).put("lon", point.lon());
            return document;
        });
    }

    private static Number number(JsonNode node) {
        return node != null && node.isNumber() ? node.numberValue() : null;
    }

    private R withValue(R record, Schema schema, Object value) {
        return record.newRecord(record.topic(), record.kafkaPartition(), record.keySchema(), record.key(), schema, value,
                record.timestamp(), record.headers());
    }

    @Override
    public ConfigDef config() {
        return GeoPointConfig.CONFIG_DEF;
    }

    @Override
    public String version() {
        return Version.get();
    }

    @Override
    public void close() {
    }
}
