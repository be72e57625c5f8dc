package io.codedelivery.backend.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The socket's origin check, by the Origin header alone; the backend listens on 8080 in these cases. */
class OriginCheckTest {

    private final OriginCheck check = new OriginCheck(List.of("https://track.example.com", "http://localhost:5173", " "));

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:8080", "http://127.0.0.1:8080", "http://[::1]:8080", "http://LOCALHOST:8080",
        "https://track.example.com", "http://localhost:5173"})
    void theBackendsOwnAddressOnThisMachineAndTheConfiguredOriginsMayOpenTheSocket(String origin) {
        assertThat(check.refusal(origin, 8080)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "http://evil.example:8080|origin http://evil.example:8080 is not allowed (VIEWER_ALLOWED_ORIGINS)",
        "http://localhost:3000|origin http://localhost:3000 is not allowed (VIEWER_ALLOWED_ORIGINS)",
        "https://localhost:8080|origin https://localhost:8080 is not allowed (VIEWER_ALLOWED_ORIGINS)",
        "http://127.0.0.1.evil.example:8080|origin http://127.0.0.1.evil.example:8080 is not allowed (VIEWER_ALLOWED_ORIGINS)",
        "http://track.example.com|origin http://track.example.com is not allowed (VIEWER_ALLOWED_ORIGINS)",
        "null|origin null is not allowed (VIEWER_ALLOWED_ORIGINS)",
        "http://localhost:8080/x|origin http://localhost:8080/x is not allowed (VIEWER_ALLOWED_ORIGINS)",
        "not a uri at all|origin not a uri at all is not allowed (VIEWER_ALLOWED_ORIGINS)"})
    void anyOtherOriginIsRefusedSayingWhich(String origin, String refusal) {
        assertThat(check.refusal(origin, 8080)).isEqualTo(refusal);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void aHandshakeWithoutAnOriginIsRefused(String origin) {
        assertThat(check.refusal(origin, 8080)).isEqualTo("no Origin header: only a page of an allowed origin may open the socket");
        assertThat(check.refusal(null, 8080)).isEqualTo("no Origin header: only a page of an allowed origin may open the socket");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:*", "http://*.example.com"})
    void patternsAsConfiguredStillWork(String pattern) {
        OriginCheck patterns = new OriginCheck(List.of(pattern));
        assertThat(patterns.refusal(pattern.replace("*", "4000").replace("4000.example", "app.example"), 8080)).isNull();
    }
}
