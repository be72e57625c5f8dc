package io.codedelivery.backend.viewer;

import java.io.IOException;
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

/**
 * Reads the scope from the socket's URL before the upgrade, and who may watch what: a malformed
 * scope is refused with 400, one the caller may not watch with 403.
 */
final class ScopeHandshake implements HandshakeInterceptor {

    static final String SCOPE = "codedelivery.scope";
    static final String ACCESS = "codedelivery.access";

    @Override
    public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
            Map<String, Object> attributes) throws Exception {
        try {
            Map<String, String> query = UriComponentsBuilder.fromUri(request.getURI()).build().getQueryParams()
                    .toSingleValueMap();
            Scope scope = ScopeParser.fromQuery(decoded(query));
            ViewerAccess access = ViewerAccess.of(request.getPrincipal());
            String refusal = access.refusal(scope);
            if (refusal != null) {
                return refuse(response, HttpStatus.FORBIDDEN, refusal);
            }
            attributes.put(SCOPE, scope);
            attributes.put(ACCESS, access);
            return true;
        } catch (InvalidScopeException e) {
            return refuse(response, HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }

    private static boolean refuse(ServerHttpResponse response, HttpStatus status, String reason) throws IOException {
        response.setStatusCode(status);
        response.getHeaders().set("Content-Type", "text/plain;charset=UTF-8");
        response.getBody().write(reason.getBytes(StandardCharsets.UTF_8));
        return false;
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
