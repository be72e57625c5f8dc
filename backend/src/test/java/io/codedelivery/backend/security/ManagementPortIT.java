package io.codedelivery.backend.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.codedelivery.backend.support.RunningBackend;
import io.codedelivery.devstack.Ports;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * With {@code MANAGEMENT_SERVER_PORT} (as in every Kubernetes overlay) health and metrics answer on
 * that port alone, to probes and Prometheus without credentials, and not on the port the Ingress
 * reaches.
 */
class ManagementPortIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void healthAndMetricsAnswerOnTheManagementPortOnly() throws Exception {
        int management = Ports.free();
        try (RunningBackend backend = RunningBackend.start("management-" + UUID.randomUUID(),
                "--codedelivery.security.mode=signed-in",
                "--codedelivery.security.signing-key=" + UUID.randomUUID() + UUID.randomUUID(),
                "--codedelivery.security.users=dana:dispatcher:{noop}secret",
                "--management.server.port=" + management)) {
            String inside = "http://127.0.0.1:" + management;

            await().atMost(Duration.ofSeconds(60)).until(() -> status(inside + "/actuator/health/readiness") == 200);
            assertThat(status(inside + "/actuator/prometheus")).isEqualTo(200);
            assertThat(status(backend.baseUrl() + "/actuator/prometheus")).isEqualTo(404);
            assertThat(status(backend.baseUrl() + "/actuator/health")).isEqualTo(404);
            assertThat(status(backend.baseUrl() + "/api/deliveries")).as("the API still asks who is calling").isEqualTo(401);
        }
    }

    private static int status(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
