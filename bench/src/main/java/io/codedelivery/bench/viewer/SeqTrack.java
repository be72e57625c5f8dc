package io.codedelivery.bench.viewer;

/** The seqs one viewer saw of one delivery, in arrival order: new ones, the gaps between them, and repeats. */
final class SeqTrack {

    private long last = -1;
    long received;
    long gaps;
    long duplicates;

    /** True when {@code seq} is newer than everything seen so far. */
    boolean add(long seq) {
        if (last >= 0 && seq <= last) {
            duplicates++;
            return false;
        }
        if (last >= 0) {
            gaps += seq - last - 1;
        }
        last = seq;
        received++;
        return true;
    }
}
