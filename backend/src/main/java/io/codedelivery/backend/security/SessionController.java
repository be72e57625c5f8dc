package io.codedelivery.backend.security;

import io.codedelivery.backend.audit.AuditTrail;
import io.codedelivery.contracts.AuditAction;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Sign-in for the web app: a signed cookie, readable by any replica (docs/security.md). */
@RestController
@RequestMapping("/api/session")
@Tag(name = "Session", description = "Who is signed in; sign in and out")
class SessionController {

    private static final Logger log = LoggerFactory.getLogger(SessionController.class);

    private final SecuritySettings settings;
    private final AuthenticationManager authentication;
    private final SessionCookies cookies;
    private final AuditTrail audit;
    private final LocalUsers users;
    private final OidcSettings oidc;

    SessionController(SecuritySettings settings, AuthenticationManager authentication, SessionCookies cookies,
            AuditTrail audit, LocalUsers users, OidcSettings oidc) {
        this.settings = settings;
        this.users = users;
        this.oidc = oidc;
        this.authentication = authentication;
        this.cookies = cookies;
        this.audit = audit;
    }

    @GetMapping
    @Operation(operationId = "getSession", summary = "The security mode and who is signed in, if anyone")
    @ApiResponse(responseCode = "200", description = "the session; user null when no one is signed in")
    SessionView session(HttpServletRequest request) {
        return SessionView.of(settings.mode(), singleSignOn(), request.getUserPrincipal());
    }

    @PostMapping
    @Operation(operationId = "signIn", summary = "Signs in with a user of the local store",
            description = "Sets the HttpOnly cookie CODEDELIVERY_SESSION; needs the X-XSRF-TOKEN header like every"
                    + " other change (docs/security.md).")
    @ApiResponse(responseCode = "200", description = "signed in")
    @ApiResponse(responseCode = "400", description = "username or password missing")
    @ApiResponse(responseCode = "401", description = "wrong user name or password")
    @ApiResponse(responseCode = "409", description = "the backend runs open: there is no sign-in")
    ResponseEntity<SessionView> signIn(@RequestBody SignIn signIn, HttpServletRequest request) {
        if (settings.mode() == SecurityMode.OPEN) {
            throw new ResponseStatusException(HttpStatus.CONFLICT,
                    "this backend runs open (SECURITY_MODE=open): there is no sign-in");
        }
        if (signIn.username() == null || signIn.password() == null || signIn.username().length() > SignIn.MAX_LENGTH
                || signIn.password().length() > SignIn.MAX_LENGTH) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "username and password are required, each at most " + SignIn.MAX_LENGTH + " characters");
        }
        Authentication user;
        try {
            user = authentication.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(signIn.username(), signIn.password()));
        } catch (AuthenticationException e) {
            log.warn("sign-in refused for {} from {}", OidcSignIn.nameOf(signIn.username()), request.getRemoteAddr());
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "wrong user name or password");
        }
        audit.record(AuditAction.USER_SIGNED_IN, AuditTrail.user(user.getName(), request), user.getName(), Map.of());
        return ResponseEntity.ok()
                .header(HttpHeaders.SET_COOKIE, cookies.issue(users.signedIn(user.getName()).orElseThrow(),
                        request.isSecure()).toString())
                .body(SessionView.of(settings.mode(), singleSignOn(), user));
    }

    private boolean singleSignOn() {
        return settings.mode() == SecurityMode.SIGNED_IN && oidc.enabled();
    }

    @DeleteMapping
    @Operation(operationId = "signOut", summary = "Signs out: clears the session cookie")
    @ApiResponse(responseCode = "204", description = "signed out")
    ResponseEntity<Void> signOut(HttpServletRequest request, HttpServletResponse response) {
        return ResponseEntity.noContent()
                .header(HttpHeaders.SET_COOKIE, cookies.cleared(request.isSecure()).toString()).build();
    }
}
