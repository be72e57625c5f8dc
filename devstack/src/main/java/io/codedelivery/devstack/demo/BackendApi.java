package io.codedelivery.devstack.demo;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The two calls of the backend's REST API the demo makes (docs/api.md): list the routes, start a delivery. */
final class BackendApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** Longer than the backend's own limit for a delivery (Kafka metadata 5 s + send 10 s). */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final int MAX_DETAIL = 300;

    /** What {@code POST /api/deliveries} answered: a 201 with the delivery's id, or the status and the problem's detail. */
    record Answer(int status, String deliveryId, String detail, Optional<Duration> retryAfter) {

        boolean started() {
            return status == 201;
        }

        /**
         * A 503 (Kafka did not take it), 409 (the same key is still being handled) or 429 (too many
         * starts from this address for now) may go through later.
         */
        boolean worthRetrying() {
            return status == 503 || status == 409 || status == 429;
        }
    }

    private final HttpClient http;
    private final URI backend;

    BackendApi(URI backend) {
        this(HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build(), backend);
    }

    BackendApi(HttpClient http, URI backend) {
        this.http = http;
        this.backend = backend;
    }

    URI backend() {
        return backend;
    }

    /** The ids of every route, in the backend's order (by title). */
    List<String> routeIds() throws InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(backend.resolve("/api/routes"))
                .header("Accept", "application/json").GET());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET /api/routes answered " + response.statusCode() + ": "
                    + detailOf(response.body()));
        }
        List<String> ids = new ArrayList<>();
        for (JsonNode route : readJson(response.body())) {
            ids.add(route.path("id").asString());
        }
        return ids;
    }

    /** Starts one delivery on {@code routeId}; the same key on a retry never starts a second one. */
    Answer startDelivery(String routeId, String idempotencyKey) throws InterruptedException {
        String body = JSON.writeValueAsString(JSON.createObjectNode().put("routeId", routeId));
        HttpResponse<String> response = send(HttpRequest.newBuilder(backend.resolve("/api/deliveries"))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        Optional<Duration> retryAfter = response.headers().firstValue("Retry-After")
                .flatMap(BackendApi::seconds);
        if (response.statusCode() == 201) {
            return new Answer(201, readJson(response.body()).path("id").asString(), null, retryAfter);
        }
        return new Answer(response.statusCode(), null, detailOf(response.body()), retryAfter);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws InterruptedException {
        try {
            return http.send(request.timeout(REQUEST_TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException | UnresolvedAddressException e) {
            throw new BackendUnreachableException(backend, e);
        } catch (HttpTimeoutException e) {
            throw new BackendUnreachableException(backend, e);
        } catch (IOException e) {
            throw new IllegalStateException("the backend at " + backend + " broke off: " + e, e);
        }
    }

    private static JsonNode readJson(String body) {
        try {
            return JSON.readTree(body);
        } catch (JacksonException e) {
            throw new IllegalStateException("the backend answered something that is not JSON: " + cut(body), e);
        }
    }

    /** A problem+json answer's {@code detail}, else its {@code title} (or Spring's {@code error}), else the start of the body. */
    static String detailOf(String body) {
        try {
            JsonNode problem = JSON.readTree(body);
            for (String field : List.of("detail", "title", "error")) {
                if (problem.path(field).isString() && !problem.path(field).asString().isBlank()) {
                    return cut(problem.path(field).asString());
                }
            }
        } catch (JacksonException e) {
            // not JSON: the body as it is
        }
        return body == null || body.isBlank() ? "(no detail)" : cut(body.strip());
    }

    private static String cut(String text) {
        return text.length() <= MAX_DETAIL ? text : text.substring(0, MAX_DETAIL) + "...";
    }

    private static Optional<Duration> seconds(String header) {
        try {
            return Optional.of(Duration.ofSeconds(Long.parseLong(header.trim())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
