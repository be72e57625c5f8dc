package io.codedelivery.bench.indexing;

import io.codedelivery.contracts.JsonCodec;
import io.codedelivery.contracts.PositionReported;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * One sampled position of {@code route.new-position}: its document id in the positions index
 * ({@code {deliveryId}-{seq}}, as the sink's {@code document.id.fields=deliveryId,seq} makes it), when
 * it was produced (the record's timestamp), its {@code emittedAt}, and when the bench's read_committed
 * consumer read it (so once it was committed).
 */
record Sample(String id, long producedMs, long emittedMs, long committedMs) {

    /** @throws RuntimeException when the value is not a position */
    static Sample of(ConsumerRecord<String, byte[]> record, long readMs) {
        PositionReported position = JsonCodec.decode(record.value(), PositionReported.class);
        return new Sample(documentId(position), record.timestamp(), position.emittedAt().toEpochMilli(), readMs);
    }

    static String documentId(PositionReported position) {
        return position.deliveryId() + "-" + position.seq();
    }
}
