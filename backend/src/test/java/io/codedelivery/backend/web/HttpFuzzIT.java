package io.codedelivery.backend.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.codedelivery.backend.support.RunningBackend;
import io.codedelivery.backend.web.RawHttp.Answer;
import io.codedelivery.backend.web.Requests.Case;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fuzz pass over HTTP and the WebSocket handshake, against a real running backend: hand-picked
 * bad requests plus seeded random ones ({@code -Dfuzz.seed=N} replays a run). No answer may be a
 * 5xx, and every 4xx must be application/problem+json; a connection the server closes without an
 * answer is counted apart.
 */
class HttpFuzzIT {

    private static final long SEED = Long.getLong("fuzz.seed", 20_261_125L);
    private static final boolean VERBOSE = Boolean.getBoolean("fuzz.verbose");
    private static final int RANDOM_CASES = 300;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static RunningBackend backend;

    @BeforeAll
    static void start() {
        backend = RunningBackend.start("fuzz-" + UUID.randomUUID());
        await().atMost(Duration.ofSeconds(90))
                .until(() -> backend.get("/actuator/health/readiness").statusCode() == 200);
    }

    @AfterAll
    static void stop() {
        backend.close();
    }

    @Test
    void noInputIsAnswered5xxAndEveryErrorIsProblemJson() throws Exception {
        List<Case> cases = new ArrayList<>(BadRequests.all());
        cases.addAll(RandomRequests.generate(SEED, RANDOM_CASES));
        int port = URI.create(backend.baseUrl()).getPort();
        Map<String, Integer> classes = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        long start = System.nanoTime();
        for (Case fuzz : cases) {
            long started = System.nanoTime();
            Answer answer = RawHttp.exchange(port, fuzz.bytes());
            long millis = (System.nanoTime() - started) / 1_000_000;
            if (millis > 1000) {
                System.out.println("fuzz: slow case (" + millis + " ms): " + fuzz.name());
            }
            if (VERBOSE) {
                System.out.printf("fuzz: %d %s %s | %.150s%n", answer.status(), fuzz.name(), answer.contentType(),
                        answer.body().replace('\n', ' '));
            }
            classes.merge(answer.closed() ? "closed" : answer.status() / 100 + "xx", 1, Integer::sum);
            String problem = problem(fuzz, answer);
            if (problem != null) {
                failures.add(fuzz.name() + " -> " + problem);
            }
        }
        System.out.printf("fuzz: seed %d, %d s%n", SEED, (System.nanoTime() - start) / 1_000_000_000);
        System.out.println("fuzz: " + cases.size() + " cases, " + summary(classes));
        assertThat(failures).as("fuzz failures with seed %d", SEED).isEmpty();
        assertThat(backend.get("/api/config").statusCode()).as("the backend still answers after the fuzz pass").isEqualTo(200);
    }

    /** The socket's origin check, over raw HTTP so that the Host header can lie as a rebound DNS name makes it. */
    @Test
    void aWebSocketHandshakeIsJudgedByItsOriginAloneNeverByItsHost() {
        int port = URI.create(backend.baseUrl()).getPort();
        String upgrade = "GET /ws HTTP/1.1\r\n" + RequestLines.UPGRADE.replace("|", "\r\n") + "\r\nConnection: close\r\n";

        Answer rebound = RawHttp.exchange(port, (upgrade + "Host: evil.example:" + port + "\r\nOrigin: http://evil.example:"
                + port + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        Answer noOrigin = RawHttp.exchange(port, (upgrade + "Host: 127.0.0.1:" + port + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        Answer otherLocalPort = RawHttp.exchange(port, (upgrade + "Host: 127.0.0.1:" + port
                + "\r\nOrigin: http://localhost:3000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        Answer own = RawHttp.exchange(port, (upgrade + "Host: 127.0.0.1:" + port + "\r\nOrigin: http://127.0.0.1:" + port
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));

        assertThat(rebound.status()).isEqualTo(403);
        assertThat(JSON.readTree(rebound.body()).get("detail").asString())
                .isEqualTo("origin http://evil.example:" + port + " is not allowed (VIEWER_ALLOWED_ORIGINS)");
        assertThat(noOrigin.status()).isEqualTo(403);
        assertThat(otherLocalPort.status()).isEqualTo(403);
        assertThat(own.status()).isEqualTo(101);
    }

    /** CORS stays closed: no origin gets a browser to hand it an answer, nor to send a preflighted request. */
    @Test
    void noOtherOriginIsAllowedToReadTheApi() {
        int port = URI.create(backend.baseUrl()).getPort();
        String host = "Host: 127.0.0.1:" + port + "\r\nConnection: close\r\nOrigin: https://evil.example\r\n";

        Answer read = RawHttp.exchange(port, ("GET /api/routes HTTP/1.1\r\n" + host + "\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        Answer preflight = RawHttp.exchange(port, ("OPTIONS /api/deliveries HTTP/1.1\r\n" + host
                + "Access-Control-Request-Method: POST\r\nAccess-Control-Request-Headers: content-type\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));

        assertThat(read.headers()).doesNotContainKey("access-control-allow-origin");
        assertThat(preflight.headers()).doesNotContainKey("access-control-allow-origin")
                .doesNotContainKey("access-control-allow-methods");
    }

    /** The app, the API and their errors all carry the security headers. */
    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        int port = URI.create(backend.baseUrl()).getPort();
        for (String request : List.of("GET / HTTP/1.1", "GET /api/config HTTP/1.1", "GET /api/routes/nope HTTP/1.1",
                "POST /api/deliveries HTTP/1.1", "GET /nowhere HTTP/1.1")) {
            Answer answer = RawHttp.exchange(port, (request + "\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n"
                    + "Content-Length: 0\r\n\r\n").getBytes(StandardCharsets.US_ASCII));

            assertThat(answer.headers()).as(request)
                    .containsEntry("x-content-type-options", "nosniff")
                    .containsEntry("x-frame-options", "DENY")
                    .containsEntry("referrer-policy", "strict-origin-when-cross-origin")
                    .containsEntry("content-security-policy", ContentSecurityPolicy.of(MapSettings.Provider.MAPLIBRE));
        }
    }

    /** What is wrong with the answer, or null. */
    private static String problem(Case fuzz, Answer answer) {
        if (answer.closed() || answer.status() < 400) {
            return null;
        }
        String shown = answer.status() + " " + answer.contentType() + " "
                + answer.body().substring(0, Math.min(200, answer.body().length()));
        if (answer.status() >= 500) {
            return "server error: " + shown;
        }
        if (!answer.contentType().startsWith("application/problem+json")) {
            return "not problem+json: " + shown;
        }
        if (fuzz.bytes().length > 4 && new String(fuzz.bytes(), 0, 5).startsWith("HEAD ")) {
            return null;
        }
        try {
            JsonNode body = JSON.readTree(answer.body());
            boolean shaped = body.path("status").asInt() == answer.status() && body.path("title").isString()
                    && body.path("detail").isString() && body.path("detail").asString().length() <= Problems.MAX_DETAIL_LENGTH;
            return shaped ? null : "problem without status, title and a bounded detail: " + shown;
        } catch (RuntimeException e) {
            return "problem body is not JSON: " + shown;
        }
    }

    private static String summary(Map<String, Integer> classes) {
        StringBuilder line = new StringBuilder();
        for (String kind : List.of("1xx", "2xx", "3xx", "4xx", "5xx", "closed")) {
            line.append(line.isEmpty() ? "" : " ").append(kind).append('=').append(classes.getOrDefault(kind, 0));
        }
        return line.toString();
    }
}
