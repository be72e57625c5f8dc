package io.codedelivery.backend.tracking;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code replayWindow}: how far back a starting replica reads to learn what is in flight.
 * {@code silenceLimit}: a delivery whose vehicle is silent that long leaves the live fleet.
 */
@ConfigurationProperties("codedelivery.tracking")
record TrackingSettings(Duration replayWindow, Duration silenceLimit) {
}
