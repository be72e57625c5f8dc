package io.codedelivery.backend.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.oauth2.client.web.AuthorizationRequestRepository;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;

/**
 * Keeps a sign-in on its way to the provider in a signed, short-lived cookie instead of a server
 * session, so the provider may send the browser back to any replica. The cookie is read back only
 * when its signature is right.
 */
final class CookieAuthorizationRequests implements AuthorizationRequestRepository<OAuth2AuthorizationRequest> {

    static final String NAME = "CODEDELIVERY_SIGN_IN";
    private static final String PURPOSE = "oidc-request";
    private static final Duration LIFETIME = Duration.ofMinutes(10);

    private final Signatures signatures;

    CookieAuthorizationRequests(Signatures signatures) {
        this.signatures = signatures;
    }

    @Override
    public OAuth2AuthorizationRequest loadAuthorizationRequest(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        String value = cookies == null ? null : Arrays.stream(cookies).filter(cookie -> NAME.equals(cookie.getName()))
                .map(Cookie::getValue).findFirst().orElse(null);
        int dot = value == null ? -1 : value.lastIndexOf('.');
        if (dot <= 0 || !signatures.verify(PURPOSE, value.substring(0, dot), value.substring(dot + 1))) {
            return null;
        }
        try (ObjectInputStream in = new ObjectInputStream(
                new ByteArrayInputStream(Base64.getUrlDecoder().decode(value.substring(0, dot))))) {
            return in.readObject() instanceof OAuth2AuthorizationRequest saved ? saved : null;
        } catch (IOException | ClassNotFoundException | IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public void saveAuthorizationRequest(OAuth2AuthorizationRequest authorizationRequest, HttpServletRequest request,
            HttpServletResponse response) {
        if (authorizationRequest == null) {
            write(response, "", Duration.ZERO, request.isSecure());
            return;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(authorizationRequest);
        } catch (IOException e) {
            throw new IllegalStateException("an authorization request is serializable", e);
        }
        String body = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
        write(response, body + "." + signatures.sign(PURPOSE, body), LIFETIME, request.isSecure());
    }

    @Override
    public OAuth2AuthorizationRequest removeAuthorizationRequest(HttpServletRequest request, HttpServletResponse response) {
        OAuth2AuthorizationRequest saved = loadAuthorizationRequest(request);
        write(response, "", Duration.ZERO, request.isSecure());
        return saved;
    }

    private static void write(HttpServletResponse response, String value, Duration maxAge, boolean secure) {
        response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(NAME, value).httpOnly(true).secure(secure)
                .sameSite("Lax").path("/").maxAge(maxAge).build().toString());
    }
}
