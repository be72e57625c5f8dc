package io.codedelivery.backend.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class SignedInUserTest {

    @Test
    void aSessionReadsBackTheUserItWasIssuedFor() {
        SignedInUser olga = new SignedInUser(SignedInUser.Source.OIDC, "olga", EnumSet.of(Role.DISPATCHER, Role.VIEWER));

        assertThat(SignedInUser.decode(olga.encode())).contains(olga);
        assertThat(SignedInUser.decode("OIDC\nolga\nadmin")).isEmpty();
        assertThat(SignedInUser.decode("ELSEWHERE\nolga\nviewer")).isEmpty();
        assertThat(SignedInUser.decode("olga")).isEmpty();
    }

    @Test
    void aProvidersNameIsKeptToWhatTheAuditTrailTakes() {
        assertThat(OidcSignIn.nameOf("olga@example.com")).isEqualTo("olga_example.com");
        assertThat(OidcSignIn.nameOf("_x")).isEqualTo("x");
        assertThat(OidcSignIn.nameOf("a".repeat(100))).hasSize(64);
        assertThat(OidcSignIn.nameOf(null)).isEmpty();
    }
}
