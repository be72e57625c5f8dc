package io.codedelivery.e2e.chaos;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The dispatcher's side of the REST API of one backend address: adds routes, starts deliveries and reads their status. */
final class Dispatcher {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI backend;

    /** {@code backend}: {@code http://host:port} of a backend replica or of the address in front of them. */
    Dispatcher(URI backend) {
        this.backend = backend;
    }

    List<String> routeIds() throws IOException, InterruptedException {
        return JSON.readTree(get("/api/routes").body()).valueStream().map(route -> route.get("id").asString()).toList();
    }

    /** Asks for a delivery without waiting for the answer, which may never come (the backend may be killed meanwhile). */
    CompletableFuture<HttpResponse<String>> requestDelivery(String routeId) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        return client.sendAsync(HttpRequest.newBuilder(backend.resolve("/api/deliveries"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"routeId\":\"" + routeId + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> client.close());
    }

    /** Starts {@code count} deliveries, going round the routes; returns their ids in the order started. */
    List<String> startDeliveries(int count) throws Exception {
        List<String> routes = routeIds();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(startDelivery(routes.get(i % routes.size())));
        }
        return ids;
    }

    /** Starts one delivery on the route and returns its id once the backend answered {@code 201}. */
    String startDelivery(String routeId) throws IOException, InterruptedException {
        return created(postJson("/api/deliveries", "{\"routeId\":\"" + routeId + "\"}"), "starting a delivery");
    }

    /** Adds a route ({@code POST /api/routes}, a body of docs/api.md) and returns its id. */
    String addRoute(String json) throws IOException, InterruptedException {
        return created(postJson("/api/routes", json), "adding a route");
    }

    /** Each delivery's status, or {@code unreachable} when the backend does not answer. */
    Map<String, String> statuses(List<String> ids) {
        Map<String, String> statuses = new LinkedHashMap<>();
        for (String id : ids) {
            statuses.put(id, status(id));
        }
        return statuses;
    }

    boolean allDelivered(List<String> ids) {
        return ids.stream().allMatch(id -> "delivered".equals(status(id)));
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(backend.resolve(path)).GET().build());
    }

    private String status(String id) {
        try {
            JsonNode delivery = JSON.readTree(get("/api/deliveries/" + id).body());
            return delivery.get("status").asString();
        } catch (Exception e) {
            return "unreachable";
        }
    }

    private static String created(HttpResponse<String> response, String what) {
        if (response.statusCode() != 201) {
            throw new IllegalStateException(what + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body()).get("id").asString();
    }

    private HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(backend.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }
}
