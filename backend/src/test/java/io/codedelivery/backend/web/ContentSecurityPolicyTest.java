package io.codedelivery.backend.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ContentSecurityPolicyTest {

    @Test
    void scriptsComeFromTheAppAloneAndTheMapGetsItsWorkersAndTiles() {
        Map<String, String> policy = directives(ContentSecurityPolicy.of(MapSettings.Provider.MAPLIBRE));

        assertThat(policy.get("script-src")).isEqualTo("'self'");
        assertThat(policy.get("worker-src")).isEqualTo("'self' blob:");
        assertThat(policy.get("connect-src")).contains("'self'", "https:");
        assertThat(policy.get("img-src")).contains("https:", "data:");
        assertThat(policy).containsEntry("frame-ancestors", "'none'").containsEntry("object-src", "'none'")
                .containsEntry("base-uri", "'self'").containsEntry("default-src", "'self'");
    }

    @Test
    void googleMapsAddsItsOwnHostsOnlyWhenItIsTheProvider() {
        Map<String, String> google = directives(ContentSecurityPolicy.of(MapSettings.Provider.GOOGLE));

        assertThat(google.get("script-src")).contains("https://*.googleapis.com", "https://maps.gstatic.com");
        assertThat(ContentSecurityPolicy.of(MapSettings.Provider.MAPLIBRE)).doesNotContain("google", "unsafe-eval");
    }

    private static Map<String, String> directives(String policy) {
        return Arrays.stream(policy.split("; ")).map(directive -> directive.split(" ", 2))
                .collect(Collectors.toMap(parts -> parts[0], parts -> parts[1]));
    }
}
