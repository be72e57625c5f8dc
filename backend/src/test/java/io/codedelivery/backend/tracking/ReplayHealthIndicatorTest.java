package io.codedelivery.backend.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReplayHealthIndicatorTest {

    @Test
    void readinessIsOutOfServiceUntilTheReplayHasCaughtUp() {
        LiveFleet fleet = new LiveFleet();
        ReplayHealthIndicator replay = new ReplayHealthIndicator(fleet);
        assertThat(replay.health().getStatus().getCode()).isEqualTo("OUT_OF_SERVICE");
        fleet.markComplete();
        assertThat(replay.health().getStatus().getCode()).isEqualTo("UP");
    }
}
