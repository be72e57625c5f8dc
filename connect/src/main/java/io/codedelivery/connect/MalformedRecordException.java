package io.codedelivery.connect;

import org.apache.kafka.connect.errors.DataException;

/** A record that cannot become a document; its message is the reason given to the dead-letter topic. */
final class MalformedRecordException extends DataException {

    MalformedRecordException(String reason) {
        super(reason);
    }

    MalformedRecordException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
