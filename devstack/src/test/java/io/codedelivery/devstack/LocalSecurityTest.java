package io.codedelivery.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalSecurityTest {

    @Test
    void runsOpenWithHealthDetailsUnlessTold() {
        Map<String, String> environment = LocalSecurity.environment(Map.of());

        assertThat(environment).containsEntry("SECURITY_MODE", "open").containsEntry("HEALTH_SHOW_DETAILS", "always");
        assertThat(LocalSecurity.describe(environment)).startsWith("open access, no sign-in");
    }

    @Test
    void signedInKeepsTheBackendsOwnHealthRule() {
        Map<String, String> environment = LocalSecurity.environment(Map.of("SECURITY_MODE", "signed-in"));

        assertThat(environment).containsEntry("SECURITY_MODE", "signed-in").doesNotContainKey("HEALTH_SHOW_DETAILS");
        assertThat(LocalSecurity.describe(environment)).startsWith("sign-in required");
    }
}
