package io.codedelivery.backend.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code users}: the local user store, {@code name:role:hash} entries separated by commas or new
 * lines ({@link LocalUsers}). {@code signingKey}: the key that signs session cookies and tracking
 * links, the same on every replica so that any of them accepts what another issued; at least 32
 * characters, required when signed in (open mode makes one per start).
 */
@ConfigurationProperties("codedelivery.security")
public record SecuritySettings(@DefaultValue("signed-in") SecurityMode mode, @DefaultValue("") String users,
        @DefaultValue("") String signingKey, @DefaultValue("12h") Duration sessionLifetime,
        @DefaultValue("30d") Duration trackingLinkLifetime) {

    static final int MIN_SIGNING_KEY_LENGTH = 32;

    @Override
    public String toString() {
        return "SecuritySettings[mode=" + mode + ", users=" + (users.isBlank() ? "none" : "set") + ", signingKey="
                + (signingKey.isBlank() ? "none" : "set") + ", sessionLifetime=" + sessionLifetime
                + ", trackingLinkLifetime=" + trackingLinkLifetime + "]";
    }
}
