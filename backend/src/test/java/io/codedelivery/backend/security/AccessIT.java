package io.codedelivery.backend.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.codedelivery.backend.support.Positions;
import io.codedelivery.backend.support.RunningBackend;
import io.codedelivery.contracts.AuditEvent;
import io.codedelivery.contracts.Events;
import io.codedelivery.contracts.Topics;
import io.codedelivery.devstack.testkit.ViewerClient;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The access table, tried against a signed-in replica: every endpoint of the OpenAPI description,
 * the actuator, and every kind of subscription, by each kind of caller. A row is what each caller
 * gets: {@code 401}, {@code 403}, or {@code ok} (the request reached its handler, whatever it then
 * answered). docs/security.md prints the same table.
 */
class AccessIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String CSRF = "csrf-" + UUID.randomUUID();

    enum Caller { NONE, VIEWER, DISPATCHER, TRACKING, DEVICE }

    private static RunningBackend backend;
    private static Map<String, String> ids;

    @BeforeAll
    static void start() throws Exception {
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        backend = RunningBackend.start("access-" + UUID.randomUUID(),
                "--codedelivery.security.mode=signed-in",
                "--codedelivery.security.signing-key=" + UUID.randomUUID() + UUID.randomUUID(),
                "--codedelivery.security.users=dana:dispatcher:" + bcrypt.encode("dana-secret")
                        + ",vic:viewer:" + bcrypt.encode("vic-secret"),
                "--codedelivery.rate-limit.starts-per-minute=0", "--codedelivery.rate-limit.sign-ins-per-minute=0");
        ids = new HashMap<>();
        JsonNode routes = JSON.readTree(send("GET", "/api/routes", null, Caller.DISPATCHER).body());
        ids.put("routeX", routes.get(0).get("id").asString());
        ids.put("otherRoute", routes.get(1).get("id").asString());
        ids.put("X", start(ids.get("routeX"), "simulator").get("id").asString());
        ids.put("Y", start(ids.get("otherRoute"), "simulator").get("id").asString());
        ids.put("Z", start(ids.get("otherRoute"), "simulator").get("id").asString());
        JsonNode device = start(ids.get("routeX"), "device");
        ids.put("D", device.get("id").asString());
        ids.put("deviceToken", device.get("device").get("token").asString());
        HttpResponse<String> link = send("POST", "/api/deliveries/" + ids.get("X") + "/tracking-link", "", Caller.DISPATCHER);
        assertThat(link.statusCode()).isEqualTo(201);
        ids.put("tracking", JSON.readTree(link.body()).get("token").asString());
    }

    @AfterAll
    static void stop() {
        backend.close();
    }

    private static JsonNode start(String routeId, String driver) throws Exception {
        HttpResponse<String> started = send("POST", "/api/deliveries",
                "{\"routeId\":\"" + routeId + "\",\"driver\":\"" + driver + "\"}", Caller.DISPATCHER);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        return JSON.readTree(started.body());
    }

    /** Method, path as the OpenAPI description names it (or a non-API path), path tried, body, then NONE VIEWER DISPATCHER TRACKING DEVICE. */
    private static final List<String> TABLE = List.of(
            "GET    /actuator/health                    | /actuator/health                          | - | ok  ok  ok  ok  ok",
            "GET    /actuator/prometheus                | /actuator/prometheus                      | - | ok  ok  ok  ok  ok",
            "GET    /actuator/env                       | /actuator/env                             | - | 401 403 ok  403 401",
            "GET    /                                   | /                                         | - | ok  ok  ok  ok  ok",
            "GET    /v3/api-docs                        | /v3/api-docs                              | - | 401 ok  ok  403 401",
            "GET    /api/config                         | /api/config                               | - | ok  ok  ok  ok  ok",
            "GET    /api/session                        | /api/session                              | - | ok  ok  ok  ok  ok",
            "POST   /api/session                        | /api/session                              | {\"username\":\"dana\"} | ok ok ok ok ok",
            "DELETE /api/session                        | /api/session                              | - | ok  ok  ok  ok  ok",
            "GET    /api/deliveries                     | /api/deliveries                           | - | 401 ok  ok  403 401",
            "POST   /api/deliveries                     | /api/deliveries                           | {\"routeId\":\"{routeX}\"} | 401 403 ok 403 401",
            "GET    /api/deliveries/{id}                | /api/deliveries/{X}                       | - | 401 ok  ok  ok  401",
            "GET    /api/deliveries/{id}                | /api/deliveries/{Y}                       | - | 401 ok  ok  403 401",
            "POST   /api/deliveries/{id}/cancel         | /api/deliveries/{Z}/cancel                | - | 401 403 ok  403 401",
            "POST   /api/deliveries/{id}/device-token   | /api/deliveries/{X}/device-token          | - | 401 403 ok  403 401",
            "POST   /api/deliveries/{id}/tracking-link  | /api/deliveries/{Y}/tracking-link         | - | 401 403 ok  403 401",
            "GET    /api/routes                         | /api/routes                               | - | 401 ok  ok  403 401",
            "POST   /api/routes                         | /api/routes                               | {} | 401 403 ok 403 401",
            "POST   /api/routes/import                  | /api/routes/import?title=T                | <gpx/> | 401 403 ok 403 401",
            "GET    /api/routes/{id}                    | /api/routes/{routeX}                      | - | 401 ok  ok  ok  401",
            "GET    /api/routes/{id}                    | /api/routes/{otherRoute}                  | - | 401 ok  ok  403 401",
            "PATCH  /api/routes/{id}                    | /api/routes/{otherRoute}                  | {\"title\":\"\"} | 401 403 ok 403 401",
            "GET    /api/dashboards/deliveries          | /api/dashboards/deliveries                | - | 401 ok  ok  403 401",
            "GET    /api/dashboards/routes              | /api/dashboards/routes                    | - | 401 ok  ok  403 401",
            "GET    /api/dashboards/viewers             | /api/dashboards/viewers                   | - | 401 ok  ok  403 401",
            "GET    /api/dashboards/trails              | /api/dashboards/trails?deliveryId={X}     | - | 401 ok  ok  ok  401",
            "GET    /api/dashboards/trails              | /api/dashboards/trails?deliveryId={Y}     | - | 401 ok  ok  403 401",
            "GET    /api/dashboards/trails              | /api/dashboards/trails                    | - | 401 ok  ok  403 401",
            "GET    /api/device/delivery                | /api/device/delivery                      | - | 401 401 401 401 ok",
            "POST   /api/device/positions               | /api/device/positions                     | {} | 401 401 401 401 ok",
            "GET    /api/osmand                         | /api/osmand?id={osmandId}&lat=1&lon=2     | - | 401 401 401 401 ok",
            "POST   /api/osmand                         | /api/osmand?id={osmandId}&lat=1&lon=2     | - | 401 401 401 401 ok");

    @Test
    void everyEndpointAnswersEachCallerAsTheTableSays() throws Exception {
        List<String> wrong = new ArrayList<>();
        Map<String, String> table = new LinkedHashMap<>();
        for (String row : TABLE) {
            String[] cells = row.split("\\|");
            String[] operation = cells[0].trim().split("\\s+");
            String body = cells[2].trim().equals("-") ? null : cells[2].trim();
            String[] expected = cells[3].trim().split("\\s+");
            StringBuilder seen = new StringBuilder();
            for (Caller caller : Caller.values()) {
                String path = filled(cells[1].trim(), caller);
                HttpResponse<String> answer = send(operation[0], path, body == null ? null : withIds(body, caller), caller);
                int status = answer.statusCode();
                String outcome = status == 401 || status == 403 ? Integer.toString(status) : "ok";
                seen.append(String.format("%-4s", outcome));
                if (!outcome.equals(expected[caller.ordinal()])) {
                    wrong.add(operation[0] + " " + path + " as " + caller + ": " + status + ", expected "
                            + expected[caller.ordinal()] + " " + answer.body());
                }
            }
            table.put(operation[0] + " " + cells[1].trim(), seen.toString().trim());
        }
        table.forEach((call, outcomes) -> System.out.printf("access %-55s %s%n", call, outcomes));
        assertThat(wrong).isEmpty();
    }

    @Test
    void theTableNamesEveryOperationOfTheApi() throws Exception {
        JsonNode paths = JSON.readTree(send("GET", "/v3/api-docs", null, Caller.VIEWER).body()).get("paths");
        Set<String> described = new TreeSet<>();
        paths.properties().forEach(path -> path.getValue().properties()
                .forEach(operation -> described.add(operation.getKey().toUpperCase() + " " + path.getKey())));
        Set<String> tried = new TreeSet<>();
        TABLE.stream().map(row -> String.join(" ", row.split("\\|")[0].trim().split("\\s+")))
                .filter(operation -> operation.contains(" /api/")).forEach(tried::add);

        assertThat(tried).isEqualTo(described);
    }

    /** Subscriptions: kind of scope, then NONE VIEWER DISPATCHER TRACKING DEVICE. */
    private static final List<String> SUBSCRIPTIONS = List.of(
            "            | 401 ok  ok  403 401",
            "delivery={X} | 401 ok  ok  ok  401",
            "delivery={Y} | 401 ok  ok  403 401",
            "bbox=-180,-90,180,90 | 401 ok ok 403 401");

    @Test
    void everySubscriptionIsOpenToWhoTheTableSays() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (String row : SUBSCRIPTIONS) {
            String[] cells = row.split("\\|");
            String[] expected = cells[1].trim().split("\\s+");
            for (Caller caller : Caller.values()) {
                String query = filled(cells[0].trim(), caller);
                String outcome = handshake(query, caller);
                System.out.printf("access WS /ws?%-40s %-10s %s%n", query.replaceAll("access=[^&]+", "access=…"), caller,
                        outcome);
                if (!outcome.equals(expected[caller.ordinal()])) {
                    wrong.add("/ws?" + query + " as " + caller + ": " + outcome + ", expected " + expected[caller.ordinal()]);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aTrackingLinkCannotSwitchItsSocketToTheFleetOrAnotherDelivery() throws Exception {
        URI uri = URI.create(backend.webSocket() + "?delivery=" + ids.get("X") + "&access=" + ids.get("tracking"));
        try (ViewerClient viewer = ViewerClient.connect(uri)) {
            await().atMost(WAIT).until(viewer::hasSnapshot);
            viewer.send("{\"type\":\"subscribe\",\"scope\":{\"kind\":\"fleet\"}}");
            viewer.send("{\"type\":\"subscribe\",\"scope\":{\"kind\":\"delivery\",\"deliveryId\":\"" + ids.get("Y") + "\"}}");

            await().atMost(WAIT).until(() -> viewer.framesOfType("error").size() == 2);
            assertThat(viewer.framesOfType("error")).allSatisfy(error -> assertThat(error.toString()).contains("forbidden"));
            try (Positions vehicles = new Positions(backend.kafkaBootstrapServers())) {
                vehicles.reportAll(List.of(ids.get("Y"), ids.get("X")), 0, 3);
            }
            await().atMost(WAIT).until(() -> viewer.seqsOf(ids.get("X")).size() == 4);
            assertThat(viewer.deliveriesSeen()).containsOnly(ids.get("X"));
        }
    }

    @Test
    void aForgedOrForeignTokenIsNoTrackingLink() throws Exception {
        String token = ids.get("tracking");
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(ids.get("Y").getBytes(StandardCharsets.UTF_8))
                + token.substring(token.indexOf('.'));
        HttpResponse<String> answer = send("GET", "/api/deliveries/" + ids.get("Y") + "?access=" + forged, null, Caller.NONE);

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.body()).contains("tracking link is not valid or has expired");
    }

    @Test
    void aDispatcherSignsInWithACookieThatNeedsTheCsrfTokenToChangeAnything() throws Exception {
        HttpResponse<String> anonymous = request("GET", "/api/session", null, Map.of());
        assertThat(JSON.readTree(anonymous.body()).get("mode").asString()).isEqualTo("signed-in");
        assertThat(JSON.readTree(anonymous.body()).get("user").isNull()).isTrue();
        String xsrf = cookie(anonymous, "XSRF-TOKEN");
        assertThat(xsrf).as("the web app's CSRF token comes with the first answer").isNotEmpty();
        Map<String, String> csrf = Map.of("Cookie", "XSRF-TOKEN=" + xsrf, "X-XSRF-TOKEN", xsrf);

        assertThat(request("POST", "/api/session", "{\"username\":\"dana\",\"password\":\"wrong\"}", csrf).statusCode())
                .isEqualTo(401);
        assertThat(request("POST", "/api/session", "{\"username\":\"dana\",\"password\":\"dana-secret\"}",
                Map.of("Cookie", "XSRF-TOKEN=" + xsrf)).statusCode()).as("sign-in without the CSRF header").isEqualTo(403);
        HttpResponse<String> signedIn = request("POST", "/api/session", "{\"username\":\"dana\",\"password\":\"dana-secret\"}", csrf);
        assertThat(signedIn.statusCode()).isEqualTo(200);
        assertThat(signedIn.body()).contains("\"name\":\"dana\"", "\"roles\":[\"dispatcher\"]");
        assertThat(signedIn.headers().allValues("Set-Cookie")).anySatisfy(header -> assertThat(header)
                .startsWith("CODEDELIVERY_SESSION=").contains("HttpOnly", "SameSite=Lax"));
        String session = "CODEDELIVERY_SESSION=" + cookie(signedIn, "CODEDELIVERY_SESSION");

        assertThat(request("GET", "/api/session", null, Map.of("Cookie", session)).body()).contains("\"name\":\"dana\"");
        String newDelivery = "{\"routeId\":\"" + ids.get("routeX") + "\"}";
        HttpResponse<String> forged = request("POST", "/api/deliveries", newDelivery, Map.of("Cookie", session));
        assertThat(forged.statusCode()).as("a change with the cookie alone, as a forged form would send").isEqualTo(403);
        assertThat(forged.body()).contains("CSRF");
        HttpResponse<String> started = request("POST", "/api/deliveries", newDelivery,
                Map.of("Cookie", session + "; XSRF-TOKEN=" + xsrf, "X-XSRF-TOKEN", xsrf));
        assertThat(started.statusCode()).isEqualTo(201);

        String deliveryId = JSON.readTree(started.body()).get("id").asString();
        List<AuditEvent> audit = auditEvents(event -> event.subjectId().equals(deliveryId));
        assertThat(audit).anySatisfy(event -> assertThat(event.actor()).isEqualTo(
                AuditEvent.Actor.user("dana", "127.0.0.1")));
        assertThat(auditEvents(event -> event.action().equals("user.signed-in") && event.subjectId().equals("dana")))
                .isNotEmpty();

        HttpResponse<String> signedOut = request("DELETE", "/api/session", null,
                Map.of("Cookie", session + "; XSRF-TOKEN=" + xsrf, "X-XSRF-TOKEN", xsrf));
        assertThat(signedOut.statusCode()).isEqualTo(204);
        assertThat(signedOut.headers().allValues("Set-Cookie"))
                .anySatisfy(header -> assertThat(header).startsWith("CODEDELIVERY_SESSION=;").contains("Max-Age=0"));
    }

    private static List<AuditEvent> auditEvents(java.util.function.Predicate<AuditEvent> wanted) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers",
                backend.kafkaBootstrapServers(), "group.id", "it-" + UUID.randomUUID(), "auto.offset.reset", "earliest"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.AUDIT_EVENTS.name()));
            List<AuditEvent> found = new ArrayList<>();
            await().atMost(WAIT).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    AuditEvent event = Events.read(Topics.AUDIT_EVENTS, record.key(), record.value());
                    if (wanted.test(event)) {
                        found.add(event);
                    }
                });
                return !found.isEmpty();
            });
            return found;
        }
    }

    private static String cookie(HttpResponse<String> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(header -> header.startsWith(name + "="))
                .map(header -> header.substring(name.length() + 1, header.indexOf(';') < 0 ? header.length() : header.indexOf(';')))
                .findFirst().orElse("");
    }

    private static String filled(String template, Caller caller) {
        String filled = withIds(template, caller);
        if (caller == Caller.TRACKING) {
            filled = filled + (filled.contains("?") ? "&" : filled.startsWith("/") ? "?" : filled.isEmpty() ? "" : "&")
                    + "access=" + ids.get("tracking");
        }
        return filled;
    }

    private static String withIds(String template, Caller caller) {
        String filled = template.replace("{osmandId}", caller == Caller.DEVICE ? ids.get("deviceToken") : "not-a-device");
        for (Map.Entry<String, String> id : ids.entrySet()) {
            filled = filled.replace("{" + id.getKey() + "}", URLEncoder.encode(id.getValue(), StandardCharsets.UTF_8));
        }
        return filled;
    }

    private static Map<String, String> headersOf(Caller caller) {
        return switch (caller) {
            case VIEWER -> Map.of("Authorization", basic("vic", "vic-secret"));
            case DISPATCHER -> Map.of("Authorization", basic("dana", "dana-secret"));
            case DEVICE -> Map.of("Authorization", "Bearer " + ids.get("deviceToken"));
            // no credentials, but a CSRF token pair: the table is about who may, not about forged forms
            case NONE, TRACKING -> Map.of("Cookie", "XSRF-TOKEN=" + CSRF, "X-XSRF-TOKEN", CSRF);
        };
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> send(String method, String path, String body, Caller caller) throws Exception {
        return request(method, path, body, headersOf(caller));
    }

    private static HttpResponse<String> request(String method, String path, String body, Map<String, String> headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(backend.baseUrl() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", body.startsWith("<") ? "application/gpx+xml" : "application/json");
        }
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String handshake(String query, Caller caller) throws Exception {
        URI uri = URI.create(backend.webSocket() + (query.isEmpty() ? "" : "?" + query));
        Map<String, String> headers = new HashMap<>(headersOf(caller));
        headers.remove("X-XSRF-TOKEN");
        headers.remove("Cookie");
        try (ViewerClient viewer = ViewerClient.connect(uri, headers)) {
            await().atMost(WAIT).until(viewer::hasSnapshot);
            return "ok";
        } catch (ExecutionException | CompletionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException refused) {
                return Integer.toString(refused.getResponse().statusCode());
            }
            throw e;
        }
    }
}
