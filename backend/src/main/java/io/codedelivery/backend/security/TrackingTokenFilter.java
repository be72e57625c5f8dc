package io.codedelivery.backend.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request that carries {@code access=TOKEN} and no signed-in user is the holder of that tracking
 * link; a token that is not genuine or has expired is answered 401 at once, so the customer hears
 * that the link is the problem.
 */
final class TrackingTokenFilter extends OncePerRequestFilter {

    static final String PARAMETER = "access";
    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    private final TrackingLinks links;
    private final AuthenticationEntryPoint entryPoint;

    TrackingTokenFilter(TrackingLinks links, AuthenticationEntryPoint entryPoint) {
        this.links = links;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = tokenOf(request.getQueryString());
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (token == null || current != null && !TRUST.isAnonymous(current)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<String> delivery = links.deliveryOf(token);
        if (delivery.isEmpty()) {
            entryPoint.commence(request, response, new InvalidTrackingLinkException());
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new TrackingAuthentication(delivery.get()));
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }

    /** From the query string alone: reading parameters would read a form body before its size is checked. */
    static String tokenOf(String query) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith(PARAMETER + "=")) {
                return pair.substring(PARAMETER.length() + 1);
            }
        }
        return null;
    }
}
