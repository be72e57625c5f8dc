package io.codedelivery.backend.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SecurityModeRulesTest {

    @Test
    void openModeListensOnLoopbackOnly() {
        assertThatCode(() -> SecurityConfiguration.requireLoopback("127.0.0.1")).doesNotThrowAnyException();
        assertThatCode(() -> SecurityConfiguration.requireLoopback("::1")).doesNotThrowAnyException();
        assertThatThrownBy(() -> SecurityConfiguration.requireLoopback("0.0.0.0"))
                .hasMessageContaining("SECURITY_MODE=open").hasMessageContaining("SERVER_ADDRESS is '0.0.0.0'");
        assertThatThrownBy(() -> SecurityConfiguration.requireLoopback("")).hasMessageContaining("loopback only");
    }

    @Test
    void signedInNeedsAKeyAndAUser() {
        LocalUsers someone = LocalUsers.parse("dana:dispatcher:{noop}x");
        OidcSettings none = new OidcSettings("", "", "", "preferred_username", "roles");
        OidcSettings provider = new OidcSettings("https://id.example", "codedelivery", "s3cret", "preferred_username", "roles");

        assertThatThrownBy(() -> SecurityConfiguration.requireSignedInSettings(settings("short"), someone, none))
                .hasMessageContaining("SECURITY_SIGNING_KEY of at least 32 characters");
        assertThatThrownBy(() -> SecurityConfiguration.requireSignedInSettings(settings("k".repeat(32)),
                LocalUsers.parse(""), none)).hasMessageContaining("at least one user in SECURITY_USERS");
        assertThatThrownBy(() -> SecurityConfiguration.requireSignedInSettings(settings("k".repeat(32)), someone,
                new OidcSettings("https://id.example", "", "", "preferred_username", "roles")))
                .hasMessageContaining("OIDC_CLIENT_ID and OIDC_CLIENT_SECRET");
        assertThatCode(() -> SecurityConfiguration.requireSignedInSettings(settings("k".repeat(32)), someone, none))
                .doesNotThrowAnyException();
        assertThatCode(() -> SecurityConfiguration.requireSignedInSettings(settings("k".repeat(32)),
                LocalUsers.parse(""), provider)).doesNotThrowAnyException();
    }

    private static SecuritySettings settings(String key) {
        return new SecuritySettings(SecurityMode.SIGNED_IN, "", key, Duration.ofHours(1), Duration.ofDays(1));
    }
}
