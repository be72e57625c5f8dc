package io.codedelivery.backend.viewer;

import jakarta.websocket.Session;
import java.io.IOException;
import java.io.Writer;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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

    /** Tomcat's own limit for a blocking send; without it a stalled browser holds its sender for 20 s. */
    private static final String TOMCAT_SEND_TIMEOUT = "org.apache.tomcat.websocket.BLOCKING_SEND_TIMEOUT";

    private final Subscriptions subscriptions;
    private final ViewerSettings settings;
    private final ViewerMetrics metrics;
    private final ViewerSessions sessions;
    private final Map<String, Viewer> viewers = new ConcurrentHashMap<>();

    ViewerSocketHandler(Subscriptions subscriptions, ViewerSettings settings, ViewerMetrics metrics,
            ViewerSessions sessions) {
        this.subscriptions = subscriptions;
        this.settings = settings;
        this.metrics = metrics;
        this.sessions = sessions;
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
            socket.getUserProperties().put(TOMCAT_SEND_TIMEOUT, settings.sendTimeout().toMillis());
        }
        Viewer viewer = new Viewer(SessionSocket.of(session), settings, metrics);
        viewers.put(session.getId(), viewer);
        Scope scope = (Scope) session.getAttributes().getOrDefault(ScopeHandshake.SCOPE, Scope.FLEET);
        subscriptions.subscribe(viewer, scope);
        sessions.opened(session.getId(), scope);
        viewer.start();
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

    /**
     * Sends a frame the cheaper of Tomcat's two ways. {@code sendText(String)} encodes one character at
     * a time (the profile showed it as the backend's hottest code under fan-out, whose frames are long);
     * the send writer encodes from a char array, but allocates a 16 KB buffer for every frame (two
     * thirds of the backend's allocations with a browser per delivery, whose frames are short).
     */
    private record SessionSocket(WebSocketSession session, Session container) implements ViewerSocket {

        /** Above this many characters the writer's fast encoding is worth its buffer. */
        static final int LONG_FRAME = 1024;

        static SessionSocket of(WebSocketSession session) {
            return new SessionSocket(session, session instanceof NativeWebSocketSession nativeSession
                    && nativeSession.getNativeSession() instanceof Session container ? container : null);
        }

        @Override
        public String id() {
            return session.getId();
        }

        @Override
        public void send(String frame) throws IOException {
            if (container == null) {
                session.sendMessage(new TextMessage(frame));
            } else if (frame.length() <= LONG_FRAME) {
                container.getBasicRemote().sendText(frame);
            } else {
                try (Writer writer = container.getBasicRemote().getSendWriter()) {
                    writer.write(frame);
                }
            }
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
