package io.codedelivery.backend.viewer;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** A socket that keeps what is sent; it can be made to stall like a browser that stopped reading. */
final class RecordingSocket implements ViewerSocket {

    final List<String> frames = new CopyOnWriteArrayList<>();
    volatile int closeCode = -1;
    volatile String closeReason;
    private volatile boolean stalled;

    /** From now on no frame is taken, as with a browser that stopped reading. */
    void stall() {
        stalled = true;
    }

    @Override
    public String id() {
        return "recording";
    }

    /** Completes at once, or when stalled never: the viewer's own send timeout has to notice. */
    @Override
    public void send(String frame, Consumer<Throwable> done) {
        if (stalled) {
            return;
        }
        frames.add(frame);
        done.accept(null);
    }

    @Override
    public void close(int code, String reason) {
        closeCode = code;
        closeReason = reason;
    }
}
