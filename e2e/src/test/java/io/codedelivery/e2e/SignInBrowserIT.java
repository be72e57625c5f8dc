package io.codedelivery.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.codedelivery.devstack.ChildProcess;
import io.codedelivery.devstack.Ports;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Sign-in in a real browser, against a backend replica that runs signed in (beside the open one
 * the other browser tests use, on the same broker, database and simulator): the web app asks a
 * dispatcher to sign in, refuses a wrong password, lets the dispatcher start a delivery and make a
 * customer's link; the link, opened with no session, follows that delivery live and opens nothing
 * else; a viewer signed in sees no action that changes anything.
 */
class SignInBrowserIT {

    private static final String DISPATCHER_PASSWORD = "dispatcher-" + UUID.randomUUID();
    private static final String VIEWER_PASSWORD = "viewer-" + UUID.randomUUID();

    private static ChildProcess signedIn;
    private static int port;

    @BeforeAll
    static void start() {
        BrowserScript.requireChromium();
        port = Ports.free();
        signedIn = RunningSystem.get().startAnotherBackend("backend-signed-in", port, Map.of(
                "SECURITY_MODE", "signed-in",
                "SECURITY_USERS", "dana:dispatcher:{noop}" + DISPATCHER_PASSWORD + ",vic:viewer:{noop}" + VIEWER_PASSWORD,
                "SECURITY_SIGNING_KEY", UUID.randomUUID() + "-" + UUID.randomUUID()));
    }

    @AfterAll
    static void stop() {
        if (signedIn != null) {
            signedIn.close();
        }
    }

    @Test
    void aDispatcherSignsInAndSharesALinkThatFollowsOneDeliveryOnly() throws Exception {
        JsonNode summary = BrowserScript.run("e2e/sign-in.e2e.mjs", "sign-in-browser.out", Map.of(
                "BASE_URL", "http://127.0.0.1:" + port,
                "E2E_DISPATCHER_USER", "dana", "E2E_DISPATCHER_PASSWORD", DISPATCHER_PASSWORD,
                "E2E_VIEWER_USER", "vic", "E2E_VIEWER_PASSWORD", VIEWER_PASSWORD,
                "SCREENSHOT", BrowserScript.LOGS.resolve("sign-in.png").toAbsolutePath().toString(),
                "TIMEOUT_MS", "120000"), Duration.ofMinutes(3));

        assertThat(summary.get("ok").asBoolean()).as(summary.toString()).isTrue();
    }
}
