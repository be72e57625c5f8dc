package io.codedelivery.backend.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.SecurityContextRepository;

/** Reads who is calling from the session cookie; sign-in writes the cookie itself ({@link SessionController}). */
final class SessionContextRepository implements SecurityContextRepository {

    private final SessionCookies cookies;

    SessionContextRepository(SessionCookies cookies) {
        this.cookies = cookies;
    }

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        Supplier<SecurityContext> context = () -> contextOf(request);
        return new DeferredSecurityContext() {
            private SecurityContext loaded;

            @Override
            public SecurityContext get() {
                if (loaded == null) {
                    loaded = context.get();
                }
                return loaded;
            }

            @Override
            public boolean isGenerated() {
                return get().getAuthentication() == null;
            }
        };
    }

    @Override
    @SuppressWarnings("deprecation")
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        return contextOf(holder.getRequest());
    }

    private SecurityContext contextOf(HttpServletRequest request) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        cookies.authenticate(request).ifPresent(context::setAuthentication);
        return context;
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return cookies.present(request);
    }
}
