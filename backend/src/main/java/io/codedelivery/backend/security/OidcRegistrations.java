package io.codedelivery.backend.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;

/**
 * The one single sign-on provider, read from its discovery document on first use rather than at
 * start: a replica starts, and local users sign in, while the provider is away.
 */
final class OidcRegistrations implements ClientRegistrationRepository {

    static final String REGISTRATION_ID = "oidc";
    private static final Logger log = LoggerFactory.getLogger(OidcRegistrations.class);

    private final OidcSettings settings;
    private volatile ClientRegistration registration;

    OidcRegistrations(OidcSettings settings) {
        this.settings = settings;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!REGISTRATION_ID.equals(registrationId)) {
            return null;
        }
        ClientRegistration known = registration;
        if (known == null) {
            try {
                known = ClientRegistrations.fromIssuerLocation(settings.issuerUri()).registrationId(REGISTRATION_ID)
                        .clientId(settings.clientId()).clientSecret(settings.clientSecret())
                        .scope("openid", "profile", "email").build();
                registration = known;
            } catch (RuntimeException e) {
                log.warn("the single sign-on provider {} did not answer its discovery document: {}", settings.issuerUri(),
                        e.toString());
                throw new IllegalStateException("the single sign-on provider is not reachable", e);
            }
        }
        return known;
    }
}
