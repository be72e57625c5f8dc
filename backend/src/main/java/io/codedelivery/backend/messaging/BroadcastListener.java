package io.codedelivery.backend.messaging;

import java.util.List;

/** Told, on the broadcast consumer's own thread, about every record it reads, in order per partition. */
public interface BroadcastListener {

    /**
     * Called every poll round, with an empty list when nothing came, so time-driven work can run.
     * {@code replayed} records were on the topic before this replica started.
     */
    void onRecords(List<RawRecord> records, boolean replayed);

    /** Called once, right after the last replayed record: from now on every record is live. */
    void onCaughtUp();
}
