package io.codedelivery.backend.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ViewerSettingsTest {

    @Test
    void stalledAndIdleSocketsAreLookedForFourTimesWithinTheShorterLimit() {
        assertThat(settings(Duration.ofSeconds(5), Duration.ofSeconds(15)).sweepInterval()).isEqualTo(Duration.ofMillis(1250));
        assertThat(settings(Duration.ofSeconds(30), Duration.ofSeconds(2)).sweepInterval()).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void notMoreOftenThanEveryTenMilliseconds() {
        assertThat(settings(Duration.ofMillis(20), Duration.ofMillis(50)).sweepInterval()).isEqualTo(Duration.ofMillis(10));
    }

    private static ViewerSettings settings(Duration sendTimeout, Duration keepalive) {
        return new ViewerSettings(List.of(), 1_000, sendTimeout, keepalive, Duration.ofSeconds(30), "test", 20_000);
    }
}
