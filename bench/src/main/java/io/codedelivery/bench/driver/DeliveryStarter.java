package io.codedelivery.bench.driver;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Starts deliveries as the web app does, through {@code POST /api/deliveries}, many at once, over the sample routes. */
public final class DeliveryStarter {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int IN_FLIGHT = 128;
    private static final int ATTEMPTS = 3;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI backend;

    public DeliveryStarter(URI backend) {
        this.backend = backend;
    }

    public record Started(List<String> ids, int failures, double seconds) {
    }

    public List<String> routeIds() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(backend.resolve("/api/routes")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET /api/routes answered " + response.statusCode());
        }
        List<String> ids = new ArrayList<>();
        JsonNode routes = JSON.readTree(response.body());
        for (int i = 0; i < routes.size(); i++) {
            ids.add(routes.get(i).get("id").asString());
        }
        return ids;
    }

    public Started start(int count) throws Exception {
        List<String> routes = routeIds();
        List<String> ids = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failures = new AtomicInteger();
        Semaphore inFlight = new Semaphore(IN_FLIGHT);
        long begin = System.nanoTime();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < count; i++) {
                String route = routes.get(i % routes.size());
                inFlight.acquire();
                executor.submit(() -> {
                    try {
                        startOne(route).ifPresentOrElse(ids::add, failures::incrementAndGet);
                    } finally {
                        inFlight.release();
                    }
                });
            }
        }
        return new Started(List.copyOf(ids), failures.get(), (System.nanoTime() - begin) / 1e9);
    }

    private Optional<String> startOne(String routeId) {
        HttpRequest request = HttpRequest.newBuilder(backend.resolve("/api/deliveries")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"routeId\":\"" + routeId + "\"}")).build();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 201) {
                    JsonNode delivery = JSON.readTree(response.body());
                    return Optional.of(delivery.get("id").asString());
                }
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        return Optional.empty();
    }
}
