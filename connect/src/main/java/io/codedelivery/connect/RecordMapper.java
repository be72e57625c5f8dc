package io.codedelivery.connect;

import io.codedelivery.connect.SearchSinkConfig.NullValueBehavior;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.sink.SinkRecord;
import tools.jackson.databind.node.ObjectNode;

/** A record to the bulk action that writes it: its index, its id and its document. */
final class RecordMapper {

    private final IndexNames indexNames;
    private final DocumentIds ids;
    private final ValueConverter values;
    private final NullValueBehavior onNull;

    RecordMapper(IndexNames indexNames, DocumentIds ids, ValueConverter values, NullValueBehavior onNull) {
        this.indexNames = indexNames;
        this.ids = ids;
        this.values = values;
        this.onNull = onNull;
    }

    static RecordMapper of(SearchSinkConfig config) {
        return new RecordMapper(config.indexNames(), config.documentIds(), new ValueConverter(config.schemaIgnore()),
                config.nullValueBehavior());
    }

    /**
     * The action for a record, or null when the record is skipped (a null value that is ignored).
     *
     * @throws MalformedRecordException when the record cannot become a document
     * @throws ConnectException for a null value when behavior.on.null.values=fail
     */
    BulkAction toAction(SinkRecord record) {
        String index = indexNames.indexFor(record.topic());
        if (record.value() == null) {
            return switch (onNull) {
                case IGNORE -> null;
                case DELETE -> BulkAction.delete(index, ids.idOf(record, null), record);
                case FAIL -> throw new ConnectException("record " + Records.where(record)
                        + " has a null value; set behavior.on.null.values to ignore or delete to accept it");
            };
        }
        ObjectNode document = values.toDocument(record.value(), record.valueSchema());
        String id = ids.idOf(record, document);
        return BulkAction.index(index, id, ValueConverter.JSON.writeValueAsString(document), record);
    }
}
