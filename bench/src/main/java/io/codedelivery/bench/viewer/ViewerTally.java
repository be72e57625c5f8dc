package io.codedelivery.bench.viewer;

import java.util.HashMap;
import java.util.Map;
import org.HdrHistogram.Recorder;

/**
 * What one viewer received since its window opened. The frame reader updates it while holding its
 * lock, one frame at a time; {@link #freeze()} stops counting so the summary stays put.
 */
public final class ViewerTally {

    private final String focus;
    private final Recorder latencyMicros;
    private final Map<String, SeqTrack> tracks = new HashMap<>();
    private Window window = Window.NONE;
    private boolean counting;
    private boolean connected;
    private int closeCode = -1;
    private String protocol = "unknown";
    private long snapshotsEver;
    private long frames;
    private long bytes;
    private long coalesced;
    private long snapshots;
    private long foreignFrames;

    public ViewerTally(String focus, Recorder latencyMicros) {
        this.focus = focus;
        this.latencyMicros = latencyMicros;
    }

    public record Summary(String focus, boolean connected, String protocol, long frames, long bytes, long delivered,
            long coalesced, long resyncs, boolean closed, long gaps, long duplicates, long foreignFrames) {

        public boolean keepsUp() {
            return connected && coalesced == 0 && resyncs == 0 && !closed;
        }
    }

    public String focus() {
        return focus;
    }

    public synchronized void open(Window newWindow) {
        window = newWindow;
        counting = true;
        tracks.clear();
        frames = bytes = coalesced = snapshots = foreignFrames = 0;
    }

    public synchronized void freeze() {
        counting = false;
    }

    public synchronized boolean hasSnapshot() {
        return snapshotsEver > 0;
    }

    public synchronized long delivered() {
        return tracks.values().stream().mapToLong(t -> t.received).sum();
    }

    public synchronized Summary summary() {
        long gaps = tracks.values().stream().mapToLong(t -> t.gaps).sum();
        long duplicates = tracks.values().stream().mapToLong(t -> t.duplicates).sum();
        return new Summary(focus, connected, protocol, frames, bytes, delivered(), coalesced, snapshots,
                closeCode >= 0, gaps, duplicates, foreignFrames);
    }

    synchronized void connected() {
        connected = true;
    }

    synchronized void closed(int code) {
        closeCode = code;
    }

    void protocol(String name) {
        protocol = name;
    }

    void frame(boolean snapshot, int chars, long receiptMicros, long coalescedPositions) {
        if (snapshot) {
            snapshotsEver++;
        }
        if (!counting) {
            return;
        }
        if (window.contains(receiptMicros / 1000)) {
            frames++;
            bytes += chars;
        }
        coalesced += coalescedPositions;
        snapshots += snapshot ? 1 : 0;
    }

    void foreignFrame() {
        if (counting) {
            foreignFrames++;
        }
    }

    void position(String deliveryId, long seq, long emittedAtMs, long receiptMicros) {
        if (!counting || !window.contains(emittedAtMs)) {
            return;
        }
        if (tracks.computeIfAbsent(deliveryId, id -> new SeqTrack()).add(seq)) {
            latencyMicros.recordValue(Math.max(0, receiptMicros - emittedAtMs * 1000));
        }
    }
}
