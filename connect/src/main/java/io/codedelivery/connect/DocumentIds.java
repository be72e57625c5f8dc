package io.codedelivery.connect;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.connect.sink.SinkRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The document id of a record, the same every time the record is delivered, so a redelivery
 * overwrites the document instead of adding one. In order of precedence: the values of
 * document.id.fields joined by '-'; the record key (key.ignore=false); topic+partition+offset.
 */
final class DocumentIds {

    /** Elasticsearch and OpenSearch refuse longer ids. */
    static final int MAX_ID_BYTES = 512;

    private final boolean keyIgnore;
    private final List<String> fields;

    DocumentIds(boolean keyIgnore, List<String> fields) {
        this.keyIgnore = keyIgnore;
        this.fields = fields.stream().map(String::trim).toList();
    }

    boolean fromFields() {
        return !fields.isEmpty();
    }

    /** The id of a record whose value is {@code document}, or (for a null value) null. */
    String idOf(SinkRecord record, ObjectNode document) {
        String id;
        if (fromFields()) {
            id = fromFields(document);
        } else if (!keyIgnore) {
            id = fromKey(record.key());
        } else {
            id = Records.topic(record) + "+" + Records.partition(record) + "+" + Records.offset(record);
        }
        int bytes = id.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_ID_BYTES) {
            throw new MalformedRecordException("document id of " + bytes + " bytes is over the " + MAX_ID_BYTES + " allowed");
        }
        if (id.isEmpty()) {
            throw new MalformedRecordException("document id is empty");
        }
        return id;
    }

    private String fromFields(ObjectNode document) {
        if (document == null) {
            throw new MalformedRecordException("document id comes from fields " + fields + " but the value is null");
        }
        StringBuilder id = new StringBuilder();
        for (String field : fields) {
            JsonNode value = document.get(field);
            if (value == null || value.isNull()) {
                throw new MalformedRecordException("document id field '" + field + "' is missing");
            }
            if (!value.isValueNode()) {
                throw new MalformedRecordException("document id field '" + field + "' is an " + value.getNodeType()
                        + ", not a string, number or boolean");
            }
            if (!id.isEmpty()) {
                id.append('-');
            }
            id.append(value.isString() ? value.stringValue() : value.asString());
        }
        return id.toString();
    }

    private static String fromKey(Object key) {
        if (key == null) {
            throw new MalformedRecordException("the key is the document id (key.ignore=false) but the key is null");
        }
        if (key instanceof String || key instanceof Long || key instanceof Integer || key instanceof Short
                || key instanceof Byte || key instanceof Boolean) {
            return key.toString();
        }
        throw new MalformedRecordException("the key is the document id (key.ignore=false) but it is a "
                + key.getClass().getSimpleName() + ", not a string or an integer");
    }
}
