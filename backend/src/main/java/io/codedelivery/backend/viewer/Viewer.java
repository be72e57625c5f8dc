package io.codedelivery.backend.viewer;

import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One browser watching the map: its outbox, and at most one frame on its way to the socket. When the
 * outbox has something, the viewer queues itself once with the {@link ViewerSenders}; a sender takes
 * what is queued and sends it a frame at a time without waiting for the socket, and each completed
 * send queues the viewer again. A slow or stalled socket therefore holds only its own frames; one
 * that cannot take a frame within the send timeout is closed as stalled.
 */
final class Viewer {

    private static final Logger log = LoggerFactory.getLogger(Viewer.class);

    private final ViewerSocket socket;
    private final Outbox outbox;
    private final Duration keepalive;
    private final Duration sendTimeout;
    private final ViewerMetrics metrics;
    /** Set while the viewer is queued with a sender or has a frame on its way: whoever sets it owns {@link #pending}. */
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final ArrayDeque<Frame> pending = new ArrayDeque<>();
    private volatile ViewerSenders senders;
    private volatile long sendingSince;
    private volatile long lastSent = System.nanoTime();
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

    void start(ViewerSenders with) {
        senders = with;
        with.add(this);
        outbox.whenReady(this::wake);
        wake();
    }

    void stop() {
        closed.set(true);
        outbox.close();
        ViewerSenders with = senders;
        if (with != null) {
            with.remove(this);
        }
    }

    /** The replica is shutting down: nothing more is sent, and the socket is closed as going away. */
    void goAway() {
        stop();
        socket.close(ViewerSocket.GOING_AWAY, "server shutting down");
    }

    private void wake() {
        ViewerSenders with = senders;
        if (with != null && !closed.get() && scheduled.compareAndSet(false, true)) {
            with.schedule(this);
        }
    }

    /** On a sender thread, the viewer being scheduled: sends the next frame, or lets go when there is none. */
    void sendNext() {
        if (closed.get()) {
            return;
        }
        if (pending.isEmpty()) {
            pending.addAll(outbox.poll());
        }
        Frame frame = pending.poll();
        if (frame == null) {
            letGo();
            return;
        }
        String text = FrameEncoder.encode(frame);
        long started = System.nanoTime();
        sendingSince = started;
        try {
            socket.send(text, failure -> sent(text, started, failure));
        } catch (RuntimeException e) {
            sent(text, started, e);
        }
    }

    private void sent(String text, long started, Throwable failure) {
        sendingSince = 0;
        if (failure == null) {
            lastSent = System.nanoTime();
            metrics.sent(text.length());
            // with no frame left over, let go here rather than through a sender's queue; letGo
            // queues the viewer again if its outbox has something
            if (pending.isEmpty()) {
                letGo();
            } else {
                senders.schedule(this);
            }
        } else {
            boolean stalled = timedOut(failure) || System.nanoTime() - started >= sendTimeout.toNanos();
            close(stalled ? "stalled" : "send failed", failure);
        }
    }

    /** Stops being scheduled; a change offered meanwhile is not lost, since it is looked for after. */
    private void letGo() {
        scheduled.set(false);
        if (outbox.hasReady()) {
            wake();
        }
    }

    /**
     * Called now and then by the senders: a socket that has not taken its frame within the send
     * timeout is closed as stalled, and an idle one gets a keepalive.
     */
    void sweep(long now) {
        long since = sendingSince;
        if (since != 0 && now - since >= sendTimeout.toNanos()) {
            close("stalled", new TimeoutException("no frame taken for " + sendTimeout));
        } else if (now - lastSent >= keepalive.toNanos() && scheduled.compareAndSet(false, true)) {
            lastSent = now;
            pending.add(new Frame.Keepalive());
            senders.schedule(this);
        }
    }

    private void close(String reason, Throwable cause) {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        log.info("viewer {}: {}, closing: {}", id(), reason, cause.toString());
        metrics.closed(reason);
        stop();
        socket.close("stalled".equals(reason) ? ViewerSocket.STALLED : ViewerSocket.FAILED, reason);
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
