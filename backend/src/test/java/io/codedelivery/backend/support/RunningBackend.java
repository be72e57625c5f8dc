package io.codedelivery.backend.support;

import io.codedelivery.backend.BackendApplication;
import io.codedelivery.devstack.SharedInfrastructure;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** A backend replica started in this JVM against the shared real Kafka broker and MongoDB wire server. */
public final class RunningBackend implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final ConfigurableApplicationContext context;
    private final int port;

    private RunningBackend(ConfigurableApplicationContext context) {
        this.context = context;
        this.port = Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
    }

    /** Replicas given the same database share their data, as replicas in production do. */
    public static RunningBackend start(String database, String... extraArguments) {
        return startOn(SharedInfrastructure.get().kafkaBootstrapServers(), database, extraArguments);
    }

    /** A replica on a broker of the test's own (one it may stop), with the shared MongoDB wire server. */
    public static RunningBackend startOn(String kafkaBootstrapServers, String database, String... extraArguments) {
        SharedInfrastructure infrastructure = SharedInfrastructure.get();
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--codedelivery.kafka.bootstrap-servers=" + kafkaBootstrapServers,
                "--codedelivery.mongodb.uri=" + infrastructure.mongoUri(database)));
        if (java.util.Arrays.stream(extraArguments).noneMatch(argument -> argument.startsWith("--codedelivery.security."))) {
            // a laptop's setting, as ./codedelivery up runs it; the access tests start signed-in replicas
            arguments.addAll(List.of("--codedelivery.security.mode=open", "--server.address=127.0.0.1",
                    "--management.endpoint.health.show-details=always"));
        }
        arguments.addAll(List.of(extraArguments));
        return new RunningBackend(new SpringApplicationBuilder(BackendApplication.class)
                .run(arguments.toArray(String[]::new)));
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public URI webSocket() {
        return URI.create("ws://127.0.0.1:" + port + "/ws");
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
        return post(path, json, java.util.Map.of());
    }

    public HttpResponse<String> post(String path, String json, java.util.Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Content-Type", "application/json");
        headers.forEach(request::header);
        return HTTP.send(request.POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A sample's value from {@code /actuator/prometheus}, e.g. {@code codedelivery_viewers{scope="fleet"}}; 0 when absent. */
    public double metric(String sample) throws IOException, InterruptedException {
        return get("/actuator/prometheus").body().lines()
                .filter(line -> line.startsWith(sample + " ") || line.startsWith(sample + "{") && !sample.contains("{"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    public String kafkaBootstrapServers() {
        return SharedInfrastructure.get().kafkaBootstrapServers();
    }

    @Override
    public void close() {
        context.close();
    }
}
