package io.codedelivery.contracts;

import java.nio.charset.StandardCharsets;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Encodes and decodes the events as JSON. Readers ignore unknown fields so that contract changes
 * stay additive; missing or invalid required fields are reported as {@link MalformedEventException}.
 * Positions, most of the traffic, are read by a streaming reader of their own to the same rules.
 */
public final class JsonCodec {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private JsonCodec() {
    }

    public static byte[] encode(Object event) {
        return MAPPER.writeValueAsBytes(event);
    }

    public static <T> T decode(byte[] json, Class<T> type) {
        if (json == null) {
            throw new MalformedEventException(type.getSimpleName() + ": value is missing (null)", null);
        }
        if (type == PositionReported.class) {
            return type.cast(PositionReportedReader.decode(json));
        }
        try {
            return MAPPER.readValue(json, type);
        } catch (JacksonException e) {
            throw new MalformedEventException(type.getSimpleName() + ": " + reason(e), e);
        }
    }

    public static <T> T decode(String json, Class<T> type) {
        return decode(json == null ? null : json.getBytes(StandardCharsets.UTF_8), type);
    }

    private static String reason(JacksonException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof IllegalArgumentException) {
            return root.getMessage();
        }
        return e.getOriginalMessage();
    }
}
