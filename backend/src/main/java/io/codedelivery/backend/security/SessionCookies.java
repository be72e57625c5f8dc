package io.codedelivery.backend.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.http.ResponseCookie;
import org.springframework.security.core.Authentication;

/**
 * A signed-in user's session, held by the browser alone: a signed cookie with the user and when it
 * ends. Any replica with the same key accepts it, so replicas need no shared session store and a
 * restart signs no one out. A local user is looked up again on every request: one removed from the
 * store is signed out at once, a changed role takes effect at once.
 */
final class SessionCookies {

    static final String NAME = "CODEDELIVERY_SESSION";
    private static final String PURPOSE = "session";

    private final Signatures signatures;
    private final LocalUsers users;
    private final Duration lifetime;
    private final Clock clock;

    SessionCookies(Signatures signatures, LocalUsers users, Duration lifetime, Clock clock) {
        this.signatures = signatures;
        this.users = users;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    ResponseCookie issue(SignedInUser user, boolean secure) {
        String value = new SignedText(user.encode(), clock.instant().plus(lifetime)).encode(signatures, PURPOSE);
        return cookie(value, secure).maxAge(lifetime).build();
    }

    ResponseCookie cleared(boolean secure) {
        return cookie("", secure).maxAge(Duration.ZERO).build();
    }

    private static ResponseCookie.ResponseCookieBuilder cookie(String value, boolean secure) {
        return ResponseCookie.from(NAME, value).httpOnly(true).secure(secure).sameSite("Lax").path("/");
    }

    Optional<Authentication> authenticate(HttpServletRequest request) {
        return value(request)
                .flatMap(value -> SignedText.decode(value, signatures, PURPOSE, clock.instant()))
                .flatMap(session -> SignedInUser.decode(session.subject()))
                .flatMap(this::current)
                .map(SignedInUser::authentication);
    }

    private Optional<SignedInUser> current(SignedInUser user) {
        return switch (user.source()) {
            case LOCAL -> users.signedIn(user.name());
            case OIDC -> Optional.of(user);
        };
    }

    boolean present(HttpServletRequest request) {
        return value(request).isPresent();
    }

    private static Optional<String> value(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty()
                : Arrays.stream(cookies).filter(cookie -> NAME.equals(cookie.getName())).map(Cookie::getValue)
                        .filter(value -> !value.isEmpty()).findFirst();
    }
}
