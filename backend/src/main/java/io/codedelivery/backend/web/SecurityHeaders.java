package io.codedelivery.backend.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Headers every answer carries, set before anything else runs so that errors carry them too: no
 * content sniffing, no framing by another site (clickjacking), no plugins, and only the origin (never
 * a tracking link's path with its delivery id) sent as the referrer to the map's tile servers, and
 * the {@link ContentSecurityPolicy} for the map provider configured.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityHeaders extends OncePerRequestFilter {

    private final String contentSecurityPolicy;

    /** Without map settings (a test slice of the web layer), the default map's policy. */
    SecurityHeaders(ObjectProvider<MapSettings> map) {
        MapSettings settings = map.getIfAvailable();
        this.contentSecurityPolicy = ContentSecurityPolicy.of(
                settings == null ? MapSettings.Provider.MAPLIBRE : settings.provider());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Content-Security-Policy", contentSecurityPolicy);
        chain.doFilter(request, response);
    }
}
