package io.codedelivery.e2e.chaos;

import static org.awaitility.Awaitility.await;

import io.codedelivery.devstack.testkit.ViewedPosition;
import io.codedelivery.devstack.testkit.ViewerClient;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One WebSocket connection of a fleet viewer, as a browser tab holds it: connected (retrying while
 * the backend is not there, as the web app's client does) and holding its first snapshot.
 */
record ViewerConnection(ViewerClient client, Instant snapshotAt) implements AutoCloseable {

    static ViewerConnection open(URI webSocket, Duration within) {
        ViewerClient[] connected = new ViewerClient[1];
        await().atMost(within).pollInterval(Duration.ofMillis(100)).ignoreExceptions()
                .until(() -> (connected[0] = ViewerClient.connect(webSocket)) != null);
        await().atMost(within).pollInterval(Duration.ofMillis(20)).until(connected[0]::hasSnapshot);
        return new ViewerConnection(connected[0], Instant.now());
    }

    /** The seq of the delivery in the first snapshot of this connection, if it was in flight then. */
    Optional<Long> snapshotSeq(String deliveryId) {
        return client.framesOfType("snapshot").getFirst().get("positions").valueStream()
                .filter(row -> deliveryId.equals(row.get(0).asString()))
                .map(row -> row.get(2).asLong()).findFirst();
    }

    List<Long> liveSeqs(String deliveryId) {
        return client.positionsOf(deliveryId).stream().map(ViewedPosition::seq).toList();
    }

    /** Whether a live position produced after {@code instant} (the simulator's clock, this machine's) has arrived. */
    boolean hasLivePositionEmittedAfter(Instant instant) {
        return client.positions().stream().anyMatch(position -> position.emittedAtMillis() > instant.toEpochMilli());
    }

    /** Whether a position of the delivery produced after {@code instant} has arrived live. */
    boolean hasLivePositionEmittedAfter(String deliveryId, Instant instant) {
        return client.positionsOf(deliveryId).stream().anyMatch(position -> position.emittedAtMillis() > instant.toEpochMilli());
    }

    /** The longest time between two positions of the delivery the simulator produced one after the other. */
    Duration longestPause(String deliveryId) {
        List<ViewedPosition> positions = client.positionsOf(deliveryId);
        long longest = 0;
        for (int i = 1; i < positions.size(); i++) {
            longest = Math.max(longest, positions.get(i).emittedAtMillis() - positions.get(i - 1).emittedAtMillis());
        }
        return Duration.ofMillis(longest);
    }

    /** Whether the viewer has seen the delivery end on this connection, or it was over before the connection began. */
    boolean sawEndOf(String deliveryId, boolean connectedBeforeItStarted) {
        return client.removalsOf(deliveryId).contains("delivered")
                || !connectedBeforeItStarted && snapshotSeq(deliveryId).isEmpty() && liveSeqs(deliveryId).isEmpty();
    }

    @Override
    public void close() {
        try {
            client.close();
        } catch (RuntimeException e) {
            // the socket of a killed backend is already gone
        }
    }
}
