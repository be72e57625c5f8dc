package io.codedelivery.connect;

import io.codedelivery.connect.SearchSinkConfig.MalformedBehavior;
import java.util.concurrent.Future;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.sink.ErrantRecordReporter;
import org.apache.kafka.connect.sink.SinkRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handles a record that cannot become a document: reports it, with the reason, to Connect's
 * errant-record reporter (the dead-letter topic) when there is one, then ignores it, warns, or
 * fails the task, as behavior.on.malformed.documents says.
 */
final class MalformedRecords {

    private static final Logger log = LoggerFactory.getLogger(MalformedRecords.class);

    private final MalformedBehavior behavior;
    private final ErrantRecordReporter reporter;

    MalformedRecords(MalformedBehavior behavior, ErrantRecordReporter reporter) {
        this.behavior = behavior;
        this.reporter = reporter;
    }

    void handle(SinkRecord record, MalformedRecordException reason) {
        if (reporter != null) {
            Future<Void> reported = reporter.report(record, reason);
            log.debug("reported malformed record {} to the errant-record reporter ({})", Records.where(record), reported);
        }
        switch (behavior) {
            case FAIL -> throw new ConnectException("malformed record " + Records.where(record) + ": " + reason.getMessage()
                    + " (behavior.on.malformed.documents=fail)", reason);
            case WARN -> log.warn("skipping malformed record {}: {}", Records.where(record), reason.getMessage());
            case IGNORE -> log.debug("ignoring malformed record {}: {}", Records.where(record), reason.getMessage());
        }
    }

    void handle(BulkSender.Refused refused) {
        handle(refused.action().record(), new MalformedRecordException("the search engine refused the document (index "
                + refused.action().index() + ", id " + refused.action().id() + "): " + refused.reason()));
    }
}
