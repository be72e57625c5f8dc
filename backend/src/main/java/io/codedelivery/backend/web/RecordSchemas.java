package io.codedelivery.backend.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Makes the schemas of our records as precise as the JSON they write, so types generated from the
 * description are too. Every component of a record of ours is always written (nulls included: the
 * JSON always has the key), so it is {@code required}, unless its {@code @Schema} says
 * {@code NOT_REQUIRED} (a key a client may leave out, or one written only when set); one marked
 * {@link Nullable} may be null, so its type also allows {@code "null"} (OpenAPI 3.1), unless
 * {@code @JsonInclude} leaves it out instead of writing null. A {@code List<double[]>} is a list of coordinate pairs, so each item
 * holds exactly 2 numbers.
 */
final class RecordSchemas implements ModelConverter {

    private static final String OURS = "io.codedelivery.";

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        Schema schema = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
        Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
        if (schema == null || !raw.isRecord() || !raw.getName().startsWith(OURS)) {
            return schema;
        }
        Schema model = schema.get$ref() == null ? schema
                : context.getDefinedModels().get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1));
        if (model != null && model.getProperties() != null) {
            describe(raw, model);
        }
        return schema;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void describe(Class<?> record, Schema model) {
        Map<String, Schema> properties = model.getProperties();
        List<String> required = new ArrayList<>();
        for (RecordComponent component : record.getRecordComponents()) {
            Schema property = properties.get(component.getName());
            if (property == null) {
                continue;
            }
            Field field = fieldOf(record, component.getName());
            io.swagger.v3.oas.annotations.media.Schema described = field == null ? null
                    : field.getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class);
            if (described == null || described.requiredMode() != io.swagger.v3.oas.annotations.media.Schema.RequiredMode.NOT_REQUIRED) {
                required.add(component.getName());
            }
            JsonInclude include = field == null ? null : field.getAnnotation(JsonInclude.class);
            boolean leftOutWhenNull = include != null && include.value() != JsonInclude.Include.ALWAYS
                    && include.value() != JsonInclude.Include.USE_DEFAULTS;
            if (component.getAnnotatedType().isAnnotationPresent(Nullable.class) && !leftOutWhenNull) {
                properties.put(component.getName(), nullable(property));
            }
            if (isListOfPairs(component.getGenericType()) && property.getItems() != null) {
                property.getItems().minItems(2).maxItems(2);
            }
        }
        model.setRequired(required.isEmpty() ? null : required);
    }

    private static Field fieldOf(Class<?> record, String name) {
        try {
            return record.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema nullable(Schema property) {
        if (property.get$ref() != null) {
            return new Schema<>().anyOf(List.of(property, new Schema<>().types(Set.of("null"))));
        }
        Set<String> types = new LinkedHashSet<>();
        if (property.getTypes() != null) {
            types.addAll(property.getTypes());
        } else if (property.getType() != null) {
            types.add(property.getType());
        }
        types.add("null");
        property.setTypes(types);
        return property;
    }

    private static boolean isListOfPairs(Type type) {
        return type instanceof ParameterizedType list && list.getRawType() == List.class
                && list.getActualTypeArguments()[0] == double[].class;
    }
}
