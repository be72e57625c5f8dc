package io.codedelivery.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaServiceTest {

    @Test
    void servicesStartedLocallyListenOnLoopbackOnlyAndOnTheirPort() {
        Map<String, String> environment = JavaService.environment(Map.of("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092"), 8081);

        assertThat(environment)
                .containsEntry("SERVER_ADDRESS", "127.0.0.1")
                .containsEntry("SERVER_PORT", "8081")
                .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092");
    }

    @Test
    void servicesStartedLocallyRunOpenUnlessTheCallerAsksForSignIn() {
        assertThat(JavaService.environment(Map.of(), 8080)).containsEntry("SECURITY_MODE", "open");
        assertThat(JavaService.environment(Map.of("SECURITY_MODE", "signed-in"), 8080))
                .containsEntry("SECURITY_MODE", "signed-in").doesNotContainKey("HEALTH_SHOW_DETAILS");
    }

    @Test
    void aCallerMayOpenAServiceToTheNetworkOnPurpose() {
        assertThat(JavaService.environment(Map.of("SERVER_ADDRESS", "0.0.0.0"), 8080))
                .containsEntry("SERVER_ADDRESS", "0.0.0.0");
    }

    @Test
    void theFirstReplicaOfAServiceUsesTheServicesArchiveAndTheOthersTheirOwn(@TempDir Path cds) {
        ClassDataSharing.enableIn(cds);
        try {
            assertThat(JavaService.jvmArguments("backend-1", "backend", null)).containsSubsequence("-XX:+UseSerialGC",
                    "-XX:SharedArchiveFile=" + cds.toAbsolutePath().resolve("backend.jsa"));
            assertThat(JavaService.jvmArguments("backend-2", "backend-2", null))
                    .containsExactly("-Xms64m", "-Xmx1g", "-XX:+UseSerialGC");
        } finally {
            ClassDataSharing.disable();
        }
    }

    @Test
    void theDefaultJvmOptionsApplyUnlessOthersAreConfigured() {
        assertThat(JavaService.jvmOptions(null)).containsExactly("-Xms64m", "-Xmx1g", "-XX:+UseSerialGC");
        assertThat(JavaService.jvmOptions(" -Xmx2g ")).containsExactly("-Xmx2g");
    }
}
