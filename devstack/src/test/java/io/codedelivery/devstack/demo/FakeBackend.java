package io.codedelivery.devstack.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The backend's {@code GET /api/routes} and {@code POST /api/deliveries} on a JDK HTTP server on a free
 * port: records every delivery request (route and {@code Idempotency-Key}) and the most requests it
 * was handling at once. A route can be made to fail with a problem, or to fail only its first request.
 */
final class FakeBackend implements AutoCloseable {

    record Request(String routeId, String idempotencyKey) {
    }

    private static final Pattern ROUTE_ID = Pattern.compile("\"routeId\"\\s*:\\s*\"([^\"]+)\"");

    final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, String> problems = new ConcurrentHashMap<>();
    private final Map<String, String> failOnce = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> throttled = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final AtomicInteger ids = new AtomicInteger();
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final HttpServer server;
    private volatile int holdUntilInFlight = 0;

    FakeBackend(List<String> routeIds) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.setExecutor(threads);
        String routes = routeIds.stream().map(id -> "{\"id\":\"" + id + "\",\"title\":\"Route " + id + "\"}")
                .reduce((a, b) -> a + "," + b).map(list -> "[" + list + "]").orElse("[]");
        server.createContext("/api/routes", exchange -> answer(exchange, 200, "application/json", routes, Map.of()));
        server.createContext("/api/deliveries", this::delivery);
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Every request for {@code routeId} is answered with this status and problem detail. */
    void failRoute(String routeId, int status, String detail) {
        problems.put(routeId, status + " " + detail);
    }

    /** The first request for {@code routeId} is answered 503 with {@code Retry-After: 0}; later ones start it. */
    void unavailableOnceFor(String routeId) {
        failOnce.put(routeId, "pending");
    }

    /** The next {@code times} requests for {@code routeId} are answered 429 with {@code Retry-After: 0}. */
    void throttle(String routeId, int times) {
        throttled.put(routeId, new AtomicInteger(times));
    }

    /** Holds each request until this many were in flight together once (or a second passed). */
    void holdUntilInFlight(int count) {
        holdUntilInFlight = count;
    }

    int maxInFlight() {
        return maxInFlight.get();
    }

    private void delivery(HttpExchange exchange) throws IOException {
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        try {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Matcher routeId = ROUTE_ID.matcher(body);
            String route = routeId.find() ? routeId.group(1) : "";
            requests.add(new Request(route, exchange.getRequestHeaders().getFirst("Idempotency-Key")));
            awaitInFlight();
            if (problems.containsKey(route)) {
                String[] problem = problems.get(route).split(" ", 2);
                answer(exchange, Integer.parseInt(problem[0]), "application/problem+json",
                        "{\"title\":\"Refused\",\"status\":" + problem[0] + ",\"detail\":\"" + problem[1] + "\"}", Map.of());
            } else if (throttled.containsKey(route) && throttled.get(route).getAndDecrement() > 0) {
                answer(exchange, 429, "application/problem+json",
                        "{\"title\":\"Too Many Requests\",\"status\":429,\"detail\":\"too many\"}",
                        Map.of("Retry-After", "0"));
            } else if (failOnce.remove(route) != null) {
                answer(exchange, 503, "application/problem+json",
                        "{\"title\":\"Service Unavailable\",\"status\":503,\"detail\":\"Kafka did not take it\"}",
                        Map.of("Retry-After", "0"));
            } else {
                answer(exchange, 201, "application/json",
                        "{\"id\":\"delivery-" + ids.incrementAndGet() + "\",\"routeId\":\"" + route + "\",\"status\":\"requested\"}",
                        Map.of());
            }
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private void awaitInFlight() {
        long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
        while (maxInFlight.get() < holdUntilInFlight && System.nanoTime() < deadline) {
            Thread.onSpinWait();
            Thread.yield();
        }
    }

    private static void answer(HttpExchange exchange, int status, String type, String body, Map<String, String> headers)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        headers.forEach(exchange.getResponseHeaders()::set);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
