package io.codedelivery.backend.viewer;

import io.codedelivery.backend.tracking.LiveFleet;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.adapter.NativeWebSocketSession;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/** {@code /ws}: a snapshot of every delivery in flight on connect, then their positions as they come. */
class ViewerSocketHandler extends TextWebSocketHandler {

    private static final Logger log = LoggerFactory.getLogger(ViewerSocketHandler.class);

    private final LiveFleet fleet;
    private final Viewers viewers;
    private final ExecutorService sender;
    private final ViewerSettings settings;

    ViewerSocketHandler(LiveFleet fleet, Viewers viewers, ExecutorService sender, ViewerSettings settings) {
        this.fleet = fleet;
        this.viewers = viewers;
        this.sender = sender;
        this.settings = settings;
    }

    /** Tomcat's own limit for a blocking send; without it a stalled browser holds a sender thread for 20 s. */
    private static final String TOMCAT_SEND_TIMEOUT = "org.apache.tomcat.websocket.BLOCKING_SEND_TIMEOUT";

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        if (session instanceof NativeWebSocketSession nativeSession
                && nativeSession.getNativeSession() instanceof Session socket) {
            socket.getUserProperties().put(TOMCAT_SEND_TIMEOUT, settings.sendTimeout().toMillis());
        }
        Viewer viewer = new Viewer(new SessionSocket(session), sender, fleet, settings.maxQueuedBatches());
        viewers.add(viewer);
        fleet.subscribe(viewer);
        log.info("viewer {} connected, {} watching", session.getId(), viewers.count());
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) {
        // The protocol is one-way; anything a browser sends is ignored.
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        Viewer viewer = viewers.remove(session.getId());
        if (viewer != null) {
            fleet.unsubscribe(viewer);
        }
        log.info("viewer {} disconnected ({}), {} watching", session.getId(), status.getCode(), viewers.count());
    }

    private record SessionSocket(WebSocketSession session) implements ViewerSocket {

        @Override
        public String id() {
            return session.getId();
        }

        @Override
        public void send(String frame) throws IOException {
            session.sendMessage(new TextMessage(frame));
        }

        @Override
        public void close() {
            try {
                session.close(CloseStatus.SESSION_NOT_RELIABLE);
            } catch (IOException e) {
                log.debug("viewer {}: close failed: {}", session.getId(), e.toString());
            }
        }
    }
}
