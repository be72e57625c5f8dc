package io.codedelivery.backend.viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.codedelivery.backend.support.RunningBackend;
import io.codedelivery.contracts.Reasons;
import io.codedelivery.devstack.testkit.ViewerClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.web.socket.CloseStatus;

/**
 * What a misbehaving browser may send on an open socket: every message that is not a valid
 * subscribe is answered with an {@code error} frame of bounded length, the socket stays open and
 * usable, and nothing is ever answered by closing it as a server error (1011).
 */
class ViewerMessageFuzzIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final long SEED = Long.getLong("fuzz.seed", 20261125L);
    private static final String[] TOKENS = {"{", "}", "[", "]", ",", ":", "\"type\"", "\"subscribe\"", "\"scope\"",
        "\"kind\"", "\"fleet\"", "\"delivery\"", "\"area\"", "\"bbox\"", "\"deliveryId\"", "null", "true", "-1", "1e999",
        "NaN", "99999999999999999999", "\"\u0000\"", "\"é\"", "0.5", "\"x\"", " "};

    private static RunningBackend backend;

    @BeforeAll
    static void start() {
        backend = RunningBackend.start("ws-fuzz-" + UUID.randomUUID());
    }

    @AfterAll
    static void stop() {
        backend.close();
    }

    @Test
    void everyBadMessageIsAnsweredWithAnErrorAndTheSocketStaysUsable() throws Exception {
        List<String> messages = new ArrayList<>(List.of("", "{", "[]", "null", "{\"type\":\"subscribe\"}",
                "{\"type\":\"subscribe\",\"scope\":{\"kind\":\"delivery\",\"deliveryId\":\"" + "d".repeat(4000) + "\"}}",
                "{\"type\":\"subscribe\",\"scope\":{\"kind\":\"delivery\",\"deliveryId\":7}}",
                "{\"type\":\"subscribe\",\"scope\":{\"kind\":\"area\",\"bbox\":[1,2,3]}}",
                "{\"type\":\"subscribe\",\"scope\":{\"kind\":\"area\",\"bbox\":[-200,0,10,10]}}",
                "{\"type\":\"subscribe\",\"scope\":{\"kind\":\"area\",\"bbox\":[0,50,10,10]}}",
                "{\"type\":\"subscribe\",\"scope\":{\"kind\":\"area\",\"bbox\":[0,\"a\",10,10]}}",
                "{\"type\":\"subscribe\",\"scope\":{\"kind\":\"moon\"}}", "[".repeat(3000), "x".repeat(ScopeParser.MAX_MESSAGE_LENGTH)));
        Random random = new Random(SEED);
        for (int i = 0; i < 300; i++) {
            messages.add(randomMessage(random));
        }
        try (ViewerClient viewer = ViewerClient.connect(backend.webSocket())) {
            await().atMost(WAIT).until(viewer::hasSnapshot);
            for (String message : messages) {
                viewer.send(message);
            }
            await().atMost(WAIT).until(() -> viewer.framesOfType("error").size() == messages.size());

            viewer.send("{\"type\":\"subscribe\",\"scope\":{\"kind\":\"delivery\",\"deliveryId\":\"d-1\"}}");
            await().atMost(WAIT).until(() -> viewer.framesOfType("snapshot").size() == 2);

            assertThat(viewer.closeCode()).as("still open").isEqualTo(-1);
            assertThat(viewer.framesOfType("error")).allSatisfy(error ->
                    assertThat(error.get("reason").asString()).hasSizeLessThanOrEqualTo(Reasons.MAX_LENGTH));
            assertThat(viewer.framesOfType("snapshot").get(1).get("scope").get("kind").asString()).isEqualTo("delivery");
        }
        System.out.println("ws fuzz: seed " + SEED + ", " + messages.size() + " messages, each answered with an error frame");
        assertThat(backend.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
    }

    @Test
    void aMessageOverTheLimitClosesTheSocketAsTooBig() throws Exception {
        try (ViewerClient viewer = ViewerClient.connect(backend.webSocket())) {
            await().atMost(WAIT).until(viewer::hasSnapshot);

            viewer.send("x".repeat(ScopeParser.MAX_MESSAGE_LENGTH + 1));

            await().atMost(WAIT).until(() -> viewer.closeCode() == CloseStatus.TOO_BIG_TO_PROCESS.getCode());
        }
        assertThat(backend.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
    }

    /** A sequence of JSON-ish tokens: mostly malformed, sometimes well-formed with wrong values. */
    private static String randomMessage(Random random) {
        StringBuilder message = new StringBuilder();
        int length = 1 + random.nextInt(40);
        for (int i = 0; i < length; i++) {
            message.append(TOKENS[random.nextInt(TOKENS.length)]);
        }
        return message.toString();
    }
}
