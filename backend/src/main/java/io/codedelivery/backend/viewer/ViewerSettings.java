package io.codedelivery.backend.viewer;

import io.codedelivery.backend.ReplicaName;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code allowedOrigins}: origin patterns allowed to open the socket, beside the backend's own
 * address on this machine (see {@link OriginCheck}).
 * {@code maxBacklog}: positions a viewer may have queued before it gets the latest per delivery instead.
 * {@code sendTimeout}: how long one frame may take to a stalled socket before it is closed (the
 * browser reconnects and resyncs). {@code keepaliveInterval}: a keepalive goes out after this long
 * with nothing sent. {@code sessionHeartbeat}: how often each open socket's session is renewed on
 * {@code viewer.sessions}. {@code replica}: this replica's name in those sessions (blank: host name and
 * process id). {@code snapshotTrailPoints}: the points of trails one snapshot may carry, all its
 * deliveries together (each gets an even share; under 2 each, none).
 */
@ConfigurationProperties("codedelivery.viewer")
record ViewerSettings(List<String> allowedOrigins, int maxBacklog, Duration sendTimeout, Duration keepaliveInterval,
        Duration sessionHeartbeat, String replica, int snapshotTrailPoints) {

    private static final Duration SHORTEST_SWEEP = Duration.ofMillis(10);

    /** How often stalled and idle sockets are looked for: a quarter of the shorter of the two limits. */
    Duration sweepInterval() {
        Duration shorter = keepaliveInterval.compareTo(sendTimeout) < 0 ? keepaliveInterval : sendTimeout;
        Duration quarter = shorter.dividedBy(4);
        return quarter.compareTo(SHORTEST_SWEEP) < 0 ? SHORTEST_SWEEP : quarter;
    }

    /** Letters, digits and {@code . _ : -}, at most 64: what {@code viewer.sessions} accepts. */
    String replicaName() {
        return ReplicaName.of(replica);
    }
}
