package io.codedelivery.backend.security;

import io.codedelivery.backend.audit.AuditTrail;
import io.codedelivery.contracts.AuditAction;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

/**
 * The end of a single sign-on: the provider vouched for someone; if its ID token gives them a role
 * of ours, they get the same session cookie as a local user, and the web app.
 */
final class OidcSignIn implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    static final String FAILED = "/sign-in?error=single-sign-on";
    static final String NO_ROLE = "/sign-in?error=no-role";
    private static final Logger log = LoggerFactory.getLogger(OidcSignIn.class);
    private static final int MAX_NAME_LENGTH = 64;

    private final OidcSettings settings;
    private final SessionCookies cookies;
    private final AuditTrail audit;

    OidcSignIn(OidcSettings settings, SessionCookies cookies, AuditTrail audit) {
        this.settings = settings;
        this.cookies = cookies;
        this.audit = audit;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException {
        Optional<SignedInUser> user = authentication.getPrincipal() instanceof OidcUser oidcUser
                ? userOf(oidcUser) : Optional.empty();
        if (user.isEmpty()) {
            log.warn("single sign-on: {} has no role of ours in the claim {}", authentication.getName(),
                    settings.rolesClaim());
            response.sendRedirect(NO_ROLE);
            return;
        }
        audit.record(AuditAction.USER_SIGNED_IN, AuditTrail.user(user.get().name(), request), user.get().name(),
                AuditTrail.details("method", "oidc"));
        response.addHeader(HttpHeaders.SET_COOKIE, cookies.issue(user.get(), request.isSecure()).toString());
        response.sendRedirect("/");
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        log.warn("single sign-on failed: {}", exception.getMessage());
        response.sendRedirect(FAILED);
    }

    Optional<SignedInUser> userOf(OidcUser user) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        rolesClaim(user.getClaims().get(settings.rolesClaim())).forEach(value ->
                Role.ofCode(value.toLowerCase(Locale.ROOT)).ifPresent(roles::add));
        String name = nameOf(user.getClaimAsString(settings.nameClaim()) != null
                ? user.getClaimAsString(settings.nameClaim()) : user.getSubject());
        return roles.isEmpty() || name.isEmpty() ? Optional.empty()
                : Optional.of(new SignedInUser(SignedInUser.Source.OIDC, name, roles));
    }

    private static List<String> rolesClaim(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        return claim instanceof String text ? List.of(text.split("[\\s,]+")) : List.of();
    }

    /** A name fit for the audit trail and the log: letters, digits and {@code . _ -}, anything else as {@code _}. */
    static String nameOf(String claimed) {
        String name = claimed == null ? "" : claimed.replaceAll("[^A-Za-z0-9._-]", "_").replaceFirst("^[._-]+", "");
        return name.substring(0, Math.min(MAX_NAME_LENGTH, name.length()));
    }
}
