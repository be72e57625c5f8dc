package io.codedelivery.connect;

import org.apache.kafka.connect.sink.SinkRecord;

/**
 * One line pair of a bulk request: index a document (its JSON source, on one line) or delete one,
 * and the record it came from.
 */
record BulkAction(Kind kind, String index, String id, String source, SinkRecord record) {

    enum Kind { INDEX, DELETE }

    static BulkAction index(String index, String id, String source, SinkRecord record) {
        return new BulkAction(Kind.INDEX, index, id, source, record);
    }

    static BulkAction delete(String index, String id, SinkRecord record) {
        return new BulkAction(Kind.DELETE, index, id, null, record);
    }

    String where() {
        return Records.where(record);
    }
}
