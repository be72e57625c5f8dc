package io.codedelivery.backend.viewer;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;

/**
 * Which pages may open the socket, judged by the {@code Origin} header alone: a handshake without
 * one is refused, and so is any origin but the configured ones ({@code VIEWER_ALLOWED_ORIGINS}) and
 * the backend's own address on this machine (http on localhost, 127.0.0.1 or [::1] at the port the
 * request came in on). The Host header is never trusted: a page on evil.example whose name resolves
 * to this machine sends {@code Host: evil.example}, and Spring's same-origin check would let it in.
 */
final class OriginCheck implements HandshakeInterceptor {

    private static final Logger log = LoggerFactory.getLogger(OriginCheck.class);
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

    private final CorsConfiguration allowed = new CorsConfiguration();

    OriginCheck(List<String> allowedOriginPatterns) {
        allowed.setAllowedOriginPatterns(allowedOriginPatterns.stream().filter(p -> !p.isBlank()).map(String::trim).toList());
    }

    @Override
    public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
            Map<String, Object> attributes) {
        String origin = request.getHeaders().getOrigin();
        String refusal = refusal(origin, request.getLocalAddress().getPort());
        if (refusal == null) {
            return true;
        }
        log.warn("WebSocket handshake refused: {}", refusal);
        response.setStatusCode(HttpStatus.FORBIDDEN);
        response.getHeaders().set("Content-Type", "text/plain;charset=UTF-8");
        try {
            response.getBody().write(refusal.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            log.debug("could not write the refusal", e);
        }
        return false;
    }

    /** Why a page of this origin may not open the socket, or null when it may. */
    String refusal(String origin, int localPort) {
        if (origin == null || origin.isBlank()) {
            return "no Origin header: only a page of an allowed origin may open the socket";
        }
        if (allowed.checkOrigin(origin) != null || isThisBackendOnThisMachine(origin, localPort)) {
            return null;
        }
        String shown = origin.length() > 100 ? origin.substring(0, 100) + "..." : origin;
        return "origin " + shown + " is not allowed (VIEWER_ALLOWED_ORIGINS)";
    }

    private static boolean isThisBackendOnThisMachine(String origin, int localPort) {
        try {
            URI uri = new URI(origin);
            return "http".equals(uri.getScheme()) && uri.getPort() == localPort && uri.getRawPath().isEmpty()
                    && uri.getHost() != null && LOOPBACK.contains(uri.getHost().toLowerCase(Locale.ROOT));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    @Override
    public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
            Exception exception) {
    }
}
