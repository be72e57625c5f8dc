package io.codedelivery.backend.viewer;

import java.nio.charset.StandardCharsets;
import java.net.URLDecoder;
import java.util.HashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.util.UriComponentsBuilder;

/** Reads the scope from the socket's URL before the upgrade; a malformed one is refused with 400. */
final class ScopeHandshake implements HandshakeInterceptor {

    static final String SCOPE = "codedelivery.scope";

    @Override
    public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
            Map<String, Object> attributes) throws Exception {
        try {
            Map<String, String> query = UriComponentsBuilder.fromUri(request.getURI()).build().getQueryParams()
                    .toSingleValueMap();
            attributes.put(SCOPE, ScopeParser.fromQuery(decoded(query)));
            return true;
        } catch (InvalidScopeException e) {
            response.setStatusCode(HttpStatus.BAD_REQUEST);
            response.getHeaders().set("Content-Type", "text/plain;charset=UTF-8");
            response.getBody().write(e.getMessage().getBytes(StandardCharsets.UTF_8));
            return false;
        }
    }

    private static Map<String, String> decoded(Map<String, String> query) {
        Map<String, String> decoded = new HashMap<>();
        query.forEach((key, value) -> decoded.put(key,
                value == null ? "" : URLDecoder.decode(value, StandardCharsets.UTF_8)));
        return decoded;
    }

    @Override
    public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
            Exception exception) {
    }
}
