package io.codedelivery.simulator.driving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DrivingSettingsTest {

    @Test
    void theDriverLooksForDueSlotsOncePerSlot() {
        assertThat(DrivingSettings.defaults().slotInterval()).isEqualTo(Duration.ofMillis(50));
        assertThat(new DrivingSettings(Duration.ofMillis(500), 10, 1).slotInterval()).isEqualTo(Duration.ofMillis(500));
        assertThat(new DrivingSettings(Duration.ofMillis(500), 10, 3).slotInterval()).isEqualTo(Duration.ofMillis(166));
    }

    @Test
    void slotsShorterThanAMillisecondAreRefused() {
        assertThatThrownBy(() -> new DrivingSettings(Duration.ofMillis(5), 10, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tickSlots");
        assertThatThrownBy(() -> new DrivingSettings(Duration.ofMillis(500), 10, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tickSlots");
    }

    @Test
    void aTickOfPartMillisecondsIsRefused() {
        assertThatThrownBy(() -> new DrivingSettings(Duration.ofNanos(1_500_000), 10, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tick");
    }
}
