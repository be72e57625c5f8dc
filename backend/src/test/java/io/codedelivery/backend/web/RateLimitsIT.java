package io.codedelivery.backend.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.codedelivery.backend.support.RunningBackend;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The rate limits of a real backend: starts per client, reports per device, each answered 429 with Retry-After. */
class RateLimitsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static RunningBackend backend;

    @BeforeAll
    static void start() {
        backend = RunningBackend.start("rate-limits-" + UUID.randomUUID(),
                "--codedelivery.rate-limit.starts-per-minute=1", "--codedelivery.rate-limit.start-burst=3",
                "--codedelivery.rate-limit.device-reports-per-second=0.1", "--codedelivery.rate-limit.device-burst=2",
                "--codedelivery.rate-limit.sign-ins-per-minute=1", "--codedelivery.rate-limit.sign-in-burst=2");
    }

    @AfterAll
    static void stop() {
        backend.close();
    }

    @Test
    void aClientStartingMoreDeliveriesThanItsBurstIsToldToWait() throws Exception {
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            answers.add(backend.postJson("/api/deliveries", "{\"routeId\":\"broadway\"}"));
        }

        assertThat(answers.subList(0, 3)).extracting(HttpResponse::statusCode).containsOnly(201);
        HttpResponse<String> refused = answers.get(3);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
        assertThat(JSON.readTree(refused.body()).get("detail").asString()).startsWith("too many deliveries started");
        assertThat(backend.get("/api/routes").statusCode()).as("reading is not limited").isEqualTo(200);
    }

    @Test
    void aDeviceSendingTooOftenIsToldToWaitAndAnotherDeviceIsNot() throws Exception {
        String first = "A".repeat(43);
        String second = "B".repeat(43);

        List<Integer> firstAnswers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            firstAnswers.add(osmAnd(first).statusCode());
        }

        assertThat(firstAnswers).as("unknown tokens are 401 until the device is limited").containsExactly(401, 401, 429);
        assertThat(osmAnd(second).statusCode()).isEqualTo(401);
    }

    @Test
    void aClientGuessingPasswordsIsToldToWait() throws Exception {
        List<Integer> answers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            answers.add(backend.postJson("/api/session", "{\"username\":\"dana\",\"password\":\"guess-" + i + "\"}")
                    .statusCode());
        }

        assertThat(answers).as("this backend runs open (409) until the address is limited").containsExactly(409, 409, 429);
    }

    private static HttpResponse<String> osmAnd(String id) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(backend.baseUrl() + "/api/osmand?id=" + id + "&lat=1&lon=2"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
