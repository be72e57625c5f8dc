package io.codedelivery.backend.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Single sign-on with an OpenID Connect provider (Keycloak, Entra ID, Google, Okta, ...), beside the
 * local user store: on when {@code issuerUri} is set. The user's name is the {@code nameClaim} of
 * the ID token, their roles the values of {@code rolesClaim} that name one ({@code dispatcher},
 * {@code viewer}); someone with neither is not let in.
 */
@ConfigurationProperties("codedelivery.security.oidc")
public record OidcSettings(@DefaultValue("") String issuerUri, @DefaultValue("") String clientId,
        @DefaultValue("") String clientSecret, @DefaultValue("preferred_username") String nameClaim,
        @DefaultValue("roles") String rolesClaim) {

    public boolean enabled() {
        return !issuerUri.isBlank();
    }

    @Override
    public String toString() {
        return "OidcSettings[issuerUri=" + issuerUri + ", clientId=" + clientId + ", clientSecret="
                + (clientSecret.isBlank() ? "none" : "set") + ", nameClaim=" + nameClaim + ", rolesClaim=" + rolesClaim + "]";
    }
}
