package io.codedelivery.backend.viewer;

import jakarta.websocket.Session;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.adapter.NativeWebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/** {@code /ws}: a viewer per socket, subscribed to the scope of its URL, then to whatever it asks for. */
final class ViewerSocketHandler extends TextWebSocketHandler {

    private static final Logger log = LoggerFactory.getLogger(ViewerSocketHandler.class);

    private final Subscriptions subscriptions;
    private final ViewerSettings settings;
    private final ViewerMetrics metrics;
    private final ViewerSessions sessions;
    private final ViewerSenders senders;
    private final Map<String, Viewer> viewers = new ConcurrentHashMap<>();

    ViewerSocketHandler(Subscriptions subscriptions, ViewerSettings settings, ViewerMetrics metrics,
            ViewerSessions sessions, ViewerSenders senders) {
        this.subscriptions = subscriptions;
        this.settings = settings;
        this.metrics = metrics;
        this.sessions = sessions;
        this.senders = senders;
    }

    Collection<Viewer> viewers() {
        return viewers.values();
    }

    /** Closes every viewer's socket with 1001 (going away); returns how many there were. */
    int closeAll() {
        List<Viewer> open = List.copyOf(viewers.values());
        open.forEach(Viewer::goAway);
        return open.size();
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        if (session instanceof NativeWebSocketSession nativeSession
                && nativeSession.getNativeSession() instanceof Session socket) {
            // Tomcat's own limit for a send in flight; the senders' sweep is the backstop
            socket.getAsyncRemote().setSendTimeout(settings.sendTimeout().toMillis());
        }
        Viewer viewer = new Viewer(SessionSocket.of(session), settings, metrics);
        viewers.put(session.getId(), viewer);
        Scope scope = (Scope) session.getAttributes().getOrDefault(ScopeHandshake.SCOPE, Scope.FLEET);
        subscriptions.subscribe(viewer, scope);
        sessions.opened(session.getId(), scope);
        viewer.start(senders);
        log.info("viewer {} connected watching {}, {} viewers", session.getId(), scope, viewers.size());
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) {
        Viewer viewer = viewers.get(session.getId());
        if (viewer == null) {
            return;
        }
        try {
            Scope scope = ScopeParser.fromMessage(message.getPayload());
            String refusal = ((ViewerAccess) session.getAttributes().getOrDefault(ScopeHandshake.ACCESS,
                    ViewerAccess.EVERYTHING)).refusal(scope);
            if (refusal != null) {
                viewer.outbox().control(new Frame.Error(refusal));
                return;
            }
            subscriptions.subscribe(viewer, scope);
            sessions.watching(session.getId(), scope);
            log.debug("viewer {} now watching {}", session.getId(), scope);
        } catch (InvalidScopeException e) {
            viewer.outbox().control(new Frame.Error(e.getMessage()));
        }
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        Viewer viewer = viewers.remove(session.getId());
        if (viewer != null) {
            subscriptions.unsubscribe(viewer);
            viewer.stop();
            sessions.closed(session.getId());
        }
        log.info("viewer {} disconnected ({}), {} viewers", session.getId(), status.getCode(), viewers.size());
    }

    /** Sends through Tomcat's asynchronous API: the sender hands the frame over and goes on. */
    private record SessionSocket(WebSocketSession session, Session container) implements ViewerSocket {

        static SessionSocket of(WebSocketSession session) {
            return new SessionSocket(session, session instanceof NativeWebSocketSession nativeSession
                    && nativeSession.getNativeSession() instanceof Session container ? container : null);
        }

        @Override
        public String id() {
            return session.getId();
        }

        @Override
        public void send(String frame, Consumer<Throwable> done) {
            if (container == null) {
                try {
                    session.sendMessage(new TextMessage(frame));
                    done.accept(null);
                } catch (IOException | RuntimeException e) {
                    done.accept(e);
                }
                return;
            }
            container.getAsyncRemote().sendText(frame, result -> done.accept(result.isOK() ? null : result.getException()));
        }

        @Override
        public void close(int code, String reason) {
            try {
                session.close(new CloseStatus(code, reason));
            } catch (IOException | RuntimeException e) {
                log.debug("viewer {}: close failed: {}", session.getId(), e.toString());
            }
        }
    }
}
