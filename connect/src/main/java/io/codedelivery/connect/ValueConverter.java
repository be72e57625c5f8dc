package io.codedelivery.connect;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a record value into a JSON object: a String or byte[] of JSON text (StringConverter,
 * ByteArrayConverter), a schemaless map (JsonConverter with schemas.enable=false) or a Struct.
 * Anything that is not a JSON object is malformed.
 */
final class ValueConverter {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final boolean schemaIgnore;

    ValueConverter(boolean schemaIgnore) {
        this.schemaIgnore = schemaIgnore;
    }

    ObjectNode toDocument(Object value, Schema schema) {
        JsonNode node = tree(value, schema);
        if (!(node instanceof ObjectNode document)) {
            throw new MalformedRecordException("value is a JSON " + node.getNodeType().name().toLowerCase()
                    + ", not an object");
        }
        return document;
    }

    // if-chain rather than a pattern switch: the plugin is built for the Java 17 of users' workers
    private JsonNode tree(Object value, Schema schema) {
        if (value instanceof String text) {
            return parse(text);
        }
        if (value instanceof byte[] bytes) {
            return parse(new String(bytes, StandardCharsets.UTF_8));
        }
        if (value instanceof ByteBuffer buffer) {
            return parse(StandardCharsets.UTF_8.decode(buffer.duplicate()).toString());
        }
        if (value instanceof Map<?, ?> || value instanceof Struct) {
            return JSON.valueToTree(plain(value, schema));
        }
        throw new MalformedRecordException("value of type " + value.getClass().getSimpleName()
                + " is not a document; expected JSON text, a map or a Struct");
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (JacksonException e) {
            throw new MalformedRecordException("value is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** A tree of maps, lists and plain values that Jackson writes as it is. */
    private Object plain(Object value, Schema schema) {
        if (value == null) {
            return null;
        }
        if (!schemaIgnore && schema != null && schema.name() != null) {
            Object logical = logical(value, schema.name());
            if (logical != null) {
                return logical;
            }
        }
        if (value instanceof Struct struct) {
            return struct(struct);
        }
        if (value instanceof Map<?, ?> map) {
            return map(map, schema);
        }
        if (value instanceof Collection<?> list) {
            return list(list, schema);
        }
        return value instanceof Date date ? date.getTime() : value;
    }

    private Map<String, Object> struct(Struct struct) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (Field field : struct.schema().fields()) {
            map.put(field.name(), plain(struct.get(field), field.schema()));
        }
        return map;
    }

    private Map<String, Object> map(Map<?, ?> source, Schema schema) {
        Schema values = schema != null && schema.type() == Schema.Type.MAP ? schema.valueSchema() : null;
        Map<String, Object> map = new LinkedHashMap<>();
        source.forEach((key, value) -> map.put(String.valueOf(key), plain(value, values)));
        return map;
    }

    private List<Object> list(Collection<?> source, Schema schema) {
        Schema values = schema != null && schema.type() == Schema.Type.ARRAY ? schema.valueSchema() : null;
        List<Object> list = new ArrayList<>(source.size());
        source.forEach(value -> list.add(plain(value, values)));
        return list;
    }

    private static Object logical(Object value, String name) {
        return switch (name) {
            case org.apache.kafka.connect.data.Timestamp.LOGICAL_NAME -> ((Date) value).toInstant().toString();
            case org.apache.kafka.connect.data.Date.LOGICAL_NAME ->
                    LocalDate.ofInstant(((Date) value).toInstant(), ZoneOffset.UTC).toString();
            case org.apache.kafka.connect.data.Time.LOGICAL_NAME ->
                    LocalTime.ofInstant(((Date) value).toInstant(), ZoneOffset.UTC).toString();
            case org.apache.kafka.connect.data.Decimal.LOGICAL_NAME -> (BigDecimal) value;
            default -> null;
        };
    }
}
