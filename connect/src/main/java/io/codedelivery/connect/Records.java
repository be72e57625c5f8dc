package io.codedelivery.connect;

import org.apache.kafka.connect.sink.SinkRecord;

/** Names a record by where it was read, never by its content. */
final class Records {

    private Records() {
    }

    /** {@code topic-partition@offset}, as the original record was read (before any transformation). */
    static String where(SinkRecord record) {
        return topic(record) + "-" + partition(record) + "@" + offset(record);
    }

    static String topic(SinkRecord record) {
        try {
            return record.originalTopic();
        } catch (NoSuchMethodError olderWorker) {
            return record.topic();
        }
    }

    static int partition(SinkRecord record) {
        try {
            Integer partition = record.originalKafkaPartition();
            return partition == null ? -1 : partition;
        } catch (NoSuchMethodError olderWorker) {
            return record.kafkaPartition() == null ? -1 : record.kafkaPartition();
        }
    }

    static long offset(SinkRecord record) {
        try {
            return record.originalKafkaOffset();
        } catch (NoSuchMethodError olderWorker) {
            return record.kafkaOffset();
        }
    }
}
