package io.codedelivery.backend.tracking;

import io.codedelivery.backend.messaging.RawRecord;
import io.codedelivery.contracts.PositionReported;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What one poll brought, as it goes through the pipeline: each stage reads what the stage before
 * left and may drop positions or add removals. {@code replayed} batches only rebuild the fleet.
 */
final class LiveBatch {

    final List<RawRecord> records;
    final boolean replayed;
    final Instant now;
    final List<PositionReported> positions;
    final List<Removal> removals = new ArrayList<>();

    LiveBatch(List<RawRecord> records, boolean replayed, Instant now) {
        this.records = records;
        this.replayed = replayed;
        this.now = now;
        this.positions = new ArrayList<>(records.size());
    }
}
