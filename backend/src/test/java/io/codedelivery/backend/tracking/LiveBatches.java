package io.codedelivery.backend.tracking;

import io.codedelivery.backend.messaging.RawRecord;
import io.codedelivery.contracts.JsonCodec;
import io.codedelivery.contracts.PositionReported;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Builds what the broadcast consumer would hand the pipeline. */
final class LiveBatches {

    static final Instant NOW = Instant.parse("2026-11-25T14:00:00Z");

    private LiveBatches() {
    }

    static PositionReported position(String deliveryId, long seq) {
        return position(deliveryId, seq, false, NOW);
    }

    static PositionReported position(String deliveryId, long seq, boolean finished, Instant at) {
        return new PositionReported(deliveryId, "broadway", seq, 40.73 - seq * 1e-4, -73.99, finished, at);
    }

    static List<RawRecord> records(PositionReported... positions) {
        List<RawRecord> records = new ArrayList<>();
        for (PositionReported position : positions) {
            records.add(new RawRecord(position.deliveryId(), JsonCodec.encode(position), "test-0@" + records.size()));
        }
        return records;
    }

    static LiveBatch batchOf(PositionReported... positions) {
        LiveBatch batch = new LiveBatch(List.of(), false, NOW);
        batch.positions.addAll(List.of(positions));
        return batch;
    }
}
