package io.codedelivery.backend.tracking;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code replayWindow}: how far back a starting replica reads to learn what is in flight.
 * {@code silenceLimit}: a delivery whose vehicle is silent that long leaves the live fleet.
 * {@code partitionCheck}: how often a replica looks for partitions added to the positions topic.
 */
@ConfigurationProperties("codedelivery.tracking")
record TrackingSettings(Duration replayWindow, Duration silenceLimit, Duration partitionCheck) {
}
