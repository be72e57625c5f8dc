package io.codedelivery.backend.security;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.security.Principal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who the web app talks to: {@code mode} {@code open} (no sign-in, everyone may do everything) or
 * {@code signed-in}; {@code singleSignOn} true when users may also sign in with the OpenID Connect
 * provider (at {@code /oauth2/authorization/oidc}); {@code user} null when no one is signed in.
 */
@Schema(name = "Session")
record SessionView(@Schema(allowableValues = {"open", "signed-in"}) String mode, boolean singleSignOn,
        @Nullable SessionUser user) {

    /** A signed-in user: {@code roles} of {@code dispatcher} and {@code viewer}. */
    @Schema(name = "SessionUser")
    record SessionUser(String name,
            @ArraySchema(schema = @Schema(allowableValues = {"dispatcher", "viewer"})) List<String> roles) {
    }

    static SessionView of(SecurityMode mode, boolean singleSignOn, @Nullable Principal principal) {
        if (!(principal instanceof Authentication user) || principal instanceof TrackingAuthentication) {
            return new SessionView(mode.code(), singleSignOn, null);
        }
        List<String> roles = user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .flatMap(authority -> Role.ofAuthority(authority).stream()).map(Role::code).toList();
        return new SessionView(mode.code(), singleSignOn, new SessionUser(user.getName(), roles));
    }
}
