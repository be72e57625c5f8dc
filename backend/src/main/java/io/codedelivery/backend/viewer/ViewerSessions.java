package io.codedelivery.backend.viewer;

import io.codedelivery.contracts.ViewerSessionChanged;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the world which browsers this replica serves, one {@link ViewerSessionChanged} when a
 * socket opens, changes what it watches or closes, and one per open socket every heartbeat. A
 * session counts as open until its {@code openUntil}, which each heartbeat pushes forward by two and
 * a half heartbeats, so if this replica dies its viewers stop counting within that time. Events are
 * queued and sent by a thread of their own, never on a socket's thread; when the queue is full an
 * event is dropped (and counted), and the next heartbeat repairs what it would have said.
 */
final class ViewerSessions implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ViewerSessions.class);
    private static final int QUEUE_CAPACITY = 20_000;
    private static final Pattern DELIVERY_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

    private record Session(String viewerId, Instant connectedAt, String scope, List<String> deliveryIds) {
    }

    private final String replica;
    private final Duration heartbeat;
    private final Clock clock;
    private final Consumer<ViewerSessionChanged> sink;
    private final Map<String, Session> bySocket = new ConcurrentHashMap<>();
    private final BlockingQueue<ViewerSessionChanged> outgoing = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
    private final AtomicLong dropped = new AtomicLong();
    private final Thread sender;
    private final Thread heartbeats;
    private volatile boolean running = true;

    ViewerSessions(String replica, Duration heartbeat, Clock clock, Consumer<ViewerSessionChanged> sink) {
        this.replica = replica;
        this.heartbeat = heartbeat;
        this.clock = clock;
        this.sink = sink;
        this.sender = Thread.ofPlatform().name("viewer-sessions-sender").daemon().unstarted(this::sendLoop);
        this.heartbeats = Thread.ofPlatform().name("viewer-sessions-heartbeat").daemon().unstarted(this::heartbeatLoop);
    }

    void start() {
        sender.start();
        heartbeats.start();
    }

    void opened(String socketId, Scope scope) {
        Session session = new Session(UUID.randomUUID().toString(), clock.instant(), scope.kind(), deliveryIdsOf(scope));
        bySocket.put(socketId, session);
        enqueue(open(session, clock.instant()));
    }

    void watching(String socketId, Scope scope) {
        Session session = bySocket.computeIfPresent(socketId,
                (id, earlier) -> new Session(earlier.viewerId(), earlier.connectedAt(), scope.kind(), deliveryIdsOf(scope)));
        if (session != null) {
            enqueue(open(session, clock.instant()));
        }
    }

    void closed(String socketId) {
        Session session = bySocket.remove(socketId);
        if (session != null) {
            enqueue(closed(session, clock.instant()));
        }
    }

    long dropped() {
        return dropped.get();
    }

    int open() {
        return bySocket.size();
    }

    /** Renews every open session now; the heartbeat thread calls it once per heartbeat. */
    void renewAll() {
        Instant now = clock.instant();
        bySocket.values().forEach(session -> enqueue(open(session, now)));
    }

    /** Closes every session this replica still holds (it is shutting down), and sends what is queued. */
    @Override
    public void close() {
        Instant now = clock.instant();
        bySocket.values().forEach(session -> enqueue(closed(session, now)));
        bySocket.clear();
        running = false;
        heartbeats.interrupt();
        if (sender.getState() == Thread.State.NEW) {
            return;
        }
        try {
            sender.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private ViewerSessionChanged open(Session session, Instant now) {
        Instant openUntil = now.plus(heartbeat.multipliedBy(5).dividedBy(2));
        return new ViewerSessionChanged(session.viewerId(), replica, session.scope(), session.deliveryIds(), "open",
                session.connectedAt(), now, openUntil, null);
    }

    private ViewerSessionChanged closed(Session session, Instant now) {
        return new ViewerSessionChanged(session.viewerId(), replica, session.scope(), session.deliveryIds(), "closed",
                session.connectedAt(), now, now, now);
    }

    private void enqueue(ViewerSessionChanged event) {
        if (!outgoing.offer(event)) {
            dropped.incrementAndGet();
        }
    }

    private void sendLoop() {
        while (running || !outgoing.isEmpty()) {
            try {
                ViewerSessionChanged event = outgoing.poll(200, TimeUnit.MILLISECONDS);
                if (event != null) {
                    sink.accept(event);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                log.warn("viewer session event not sent: {}", e.getMessage());
            }
        }
    }

    private void heartbeatLoop() {
        while (running) {
            try {
                Thread.sleep(heartbeat);
                renewAll();
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** A delivery id that could never exist (a viewer may ask for anything) is not recorded. */
    private static List<String> deliveryIdsOf(Scope scope) {
        return scope instanceof Scope.OneDelivery one && DELIVERY_ID.matcher(one.deliveryId()).matches()
                ? List.of(one.deliveryId()) : List.of();
    }
}
