package io.codedelivery.backend.viewer;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One browser watching the map: its outbox, and a virtual thread of its own that takes what is
 * queued and writes it to the socket. A slow or stalled socket blocks only that thread; one that
 * cannot take a frame within the send timeout is closed as stalled.
 */
final class Viewer {

    private static final Logger log = LoggerFactory.getLogger(Viewer.class);

    private final ViewerSocket socket;
    private final Outbox outbox;
    private final Duration keepalive;
    private final Duration sendTimeout;
    private final ViewerMetrics metrics;
    private volatile Registration registration;

    Viewer(ViewerSocket socket, ViewerSettings settings, ViewerMetrics metrics) {
        this.socket = socket;
        this.outbox = new Outbox(settings.maxBacklog(), metrics::coalesced);
        this.keepalive = settings.keepaliveInterval();
        this.sendTimeout = settings.sendTimeout();
        this.metrics = metrics;
    }

    String id() {
        return socket.id();
    }

    Outbox outbox() {
        return outbox;
    }

    Registration registration() {
        return registration;
    }

    void registration(Registration current) {
        registration = current;
    }

    void start() {
        Thread.ofVirtual().name("viewer-" + id()).start(this::sendLoop);
    }

    void stop() {
        outbox.close();
    }

    /** The replica is shutting down: nothing more is sent, and the socket is closed as going away. */
    void goAway() {
        outbox.close();
        socket.close(ViewerSocket.GOING_AWAY, "server shutting down");
    }

    private void sendLoop() {
        try {
            for (List<Frame> frames = outbox.take(keepalive); !frames.isEmpty(); frames = outbox.take(keepalive)) {
                for (Frame frame : frames) {
                    send(frame);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void send(Frame frame) {
        String text = FrameEncoder.encode(frame);
        long started = System.nanoTime();
        try {
            socket.send(text);
            metrics.sent(text.length());
        } catch (IOException | RuntimeException e) {
            boolean stalled = timedOut(e) || Duration.ofNanos(System.nanoTime() - started).compareTo(sendTimeout) >= 0;
            String reason = stalled ? "stalled" : "send failed";
            log.info("viewer {}: {}, closing: {}", id(), reason, e.toString());
            metrics.closed(reason);
            outbox.close();
            socket.close(stalled ? ViewerSocket.STALLED : ViewerSocket.FAILED, reason);
        }
    }

    private static boolean timedOut(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SocketTimeoutException || cause instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }
}
