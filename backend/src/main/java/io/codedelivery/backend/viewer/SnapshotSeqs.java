package io.codedelivery.backend.viewer;

import java.util.Map;

/**
 * What a snapshot showed: the seq of each delivery in it. A change queued while it was built goes
 * out after it only if the snapshot does not already show it (or something newer).
 */
record SnapshotSeqs(Map<String, Long> seqs) {

    private static final long NOT_SHOWN = -1;

    boolean isNewer(PositionRow row) {
        return row.seq() > seqs.getOrDefault(row.deliveryId(), NOT_SHOWN);
    }

    boolean isNewer(ViewerRemoval removal) {
        return removal.lastSeq() >= seqs.getOrDefault(removal.deliveryId(), NOT_SHOWN);
    }
}
