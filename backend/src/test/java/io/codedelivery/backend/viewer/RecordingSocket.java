package io.codedelivery.backend.viewer;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A socket that keeps what is sent; it can be made to block like a browser that stopped reading. */
final class RecordingSocket implements ViewerSocket {

    final List<String> frames = new CopyOnWriteArrayList<>();
    volatile int closeCode = -1;
    volatile String closeReason;
    private volatile CountDownLatch stall;
    private volatile Duration stallFor;

    void stallFor(Duration timeout) {
        stall = new CountDownLatch(1);
        stallFor = timeout;
    }

    @Override
    public String id() {
        return "recording";
    }

    @Override
    public void send(String frame) throws IOException {
        CountDownLatch blocked = stall;
        if (blocked != null) {
            try {
                // as Tomcat does: a blocked send gives up after its timeout
                if (!blocked.await(stallFor.toMillis(), TimeUnit.MILLISECONDS)) {
                    throw new SocketTimeoutException("write timed out");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }
        frames.add(frame);
    }

    @Override
    public void close(int code, String reason) {
        closeCode = code;
        closeReason = reason;
    }
}
