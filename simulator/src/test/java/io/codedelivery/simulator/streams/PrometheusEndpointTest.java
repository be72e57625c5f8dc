package io.codedelivery.simulator.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.codedelivery.simulator.SimulatorApplication;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The simulator's defaults serve its meters at /actuator/prometheus and its health without details
 * (Kafka itself is left out here).
 */
class PrometheusEndpointTest {

    @Test
    void theDriversMetersAreScrapedFromTheActuatorPrometheusEndpoint() throws IOException, InterruptedException {
        SpringApplication application = new SpringApplication(MetricsOnly.class);
        application.setDefaultProperties(SimulatorApplication.defaultProperties());
        try (ConfigurableApplicationContext context = application.run("--server.port=0",
                "--management.endpoint.health.validate-group-membership=false")) {
            context.getBean(MicrometerDrivingMetrics.class).positionEmitted();
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();

            HttpResponse<String> response = scrape(port);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body())
                    .contains("codedelivery_simulator_positions_emitted_total 1.0")
                    .contains("codedelivery_simulator_active_deliveries 0.0")
                    .contains("codedelivery_simulator_tick_lag_seconds_max");
        }
    }

    @Test
    void healthShowsEachCheckButNoneOfItsDetails() throws IOException, InterruptedException {
        SpringApplication application = new SpringApplication(MetricsOnly.class);
        application.setDefaultProperties(SimulatorApplication.defaultProperties());
        try (ConfigurableApplicationContext context = application.run("--server.port=0",
                "--management.endpoint.health.validate-group-membership=false")) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();

            HttpResponse<String> response = get(port, "/actuator/health");

            assertThat(response.body()).contains("\"diskSpace\":{\"status\":\"UP\"}").doesNotContain("details")
                    .doesNotContain("path");
        }
    }

    private static HttpResponse<String> scrape(int port) throws IOException, InterruptedException {
        return get(port, "/actuator/prometheus");
    }

    private static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(10))
                    .GET()
                    .build();
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    @Import(MicrometerDrivingMetrics.class)
    static class MetricsOnly {
    }
}
