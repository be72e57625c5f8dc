package io.codedelivery.connect;

import org.apache.kafka.common.cache.Cache;
import org.apache.kafka.common.cache.LRUCache;
import org.apache.kafka.common.cache.SynchronizedCache;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;

/**
 * Copies a Struct into one whose schema has the point's field as well, an optional
 * {@link GeoPoint#SCHEMA}. A field of that name already in the schema is replaced in place. The
 * widened schemas are kept per input schema, so records of one schema share one.
 */
final class GeoPointStructs {

    private final String field;
    private final Cache<Schema, Schema> widened = new SynchronizedCache<>(new LRUCache<>(16));

    GeoPointStructs(String field) {
        this.field = field;
    }

    Struct withPoint(Struct value, GeoPoint point) {
        Struct updated = new Struct(widened(value.schema()));
        for (Field existing : value.schema().fields()) {
            if (!existing.name().equals(field)) {
                updated.put(existing.name(), value.get(existing));
            }
        }
        return updated.put(field, point.toStruct());
    }

    Schema widened(Schema schema) {
        Schema known = widened.get(schema);
        if (known == null) {
            known = widen(schema);
            widened.put(schema, known);
        }
        return known;
    }

    private Schema widen(Schema schema) {
        SchemaBuilder builder = SchemaBuilder.struct().name(schema.name()).version(schema.version()).doc(schema.doc());
        if (schema.parameters() != null) {
            builder.parameters(schema.parameters());
        }
        if (schema.isOptional()) {
            builder.optional();
        }
        for (Field existing : schema.fields()) {
            builder.field(existing.name(), existing.name().equals(field) ? GeoPoint.SCHEMA : existing.schema());
        }
        if (schema.field(field) == null) {
            builder.field(field, GeoPoint.SCHEMA);
        }
        return builder.build();
    }
}
