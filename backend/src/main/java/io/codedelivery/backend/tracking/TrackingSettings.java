package io.codedelivery.backend.tracking;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code replayWindow}: how far back a starting replica reads to learn what is in flight.
 * {@code silenceLimit}: a delivery whose vehicle is silent that long leaves the live fleet, checked
 * every {@code sweepInterval}. {@code partitionCheck}: how often a replica looks for partitions added
 * to the positions topic. {@code maxSeqJump}: a position more than that many steps past its
 * delivery's last one cannot be true and is refused, as is one stamped more than
 * {@code maxClockSkew} in the future. {@code trailPoints}: points kept of each delivery's trail
 * (thinned evenly as it grows, first and latest always kept; at least 2).
 */
@ConfigurationProperties("codedelivery.tracking")
record TrackingSettings(Duration replayWindow, Duration silenceLimit, Duration sweepInterval,
        Duration partitionCheck, long maxSeqJump, Duration maxClockSkew, int trailPoints) {
}
