package io.codedelivery.backend.viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A viewer sent to by the shared senders, with a socket that records or stalls. */
class ViewerTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final ViewerMetrics metrics = new ViewerMetrics(meters);
    private final ViewerSenders senders = new ViewerSenders(2, Duration.ofMillis(10)).start();

    @AfterEach
    void stopSenders() {
        senders.close();
    }

    @Test
    void framesGoOutInOrderAndAnIdleViewerGetsKeepalives() {
        RecordingSocket socket = new RecordingSocket();
        Viewer viewer = started(socket, Duration.ofMillis(50));
        long epoch = viewer.outbox().beginScope();
        viewer.outbox().completeSnapshot(epoch, new Frame.Snapshot(Scope.FLEET, new RowChunk(List.of())), Map.of());
        viewer.outbox().offer(epoch, Rows.chunk("d1", 0, 0), List.of());
        await().atMost(Duration.ofSeconds(10)).until(() -> socket.frames.size() >= 3);
        assertThat(socket.frames.get(0)).startsWith("{\"type\":\"snapshot\"");
        assertThat(socket.frames.get(1)).startsWith("{\"type\":\"positions\"");
        assertThat(socket.frames.get(2)).isEqualTo(FrameEncoder.KEEPALIVE);
        assertThat(meters.counter("codedelivery.viewer.frames.sent").count()).isGreaterThanOrEqualTo(3);
        viewer.stop();
    }

    @Test
    void aSocketThatCannotTakeAFrameWithinTheTimeoutIsClosedAsStalled() {
        RecordingSocket socket = new RecordingSocket();
        socket.stall();
        Viewer viewer = started(socket, Duration.ofSeconds(30));
        long epoch = viewer.outbox().beginScope();
        viewer.outbox().completeSnapshot(epoch, new Frame.Snapshot(Scope.FLEET, new RowChunk(List.of())), Map.of());
        await().atMost(Duration.ofSeconds(10)).until(() -> socket.closeCode == ViewerSocket.STALLED);
        assertThat(socket.closeReason).isEqualTo("stalled");
        assertThat(meters.counter("codedelivery.viewer.closed", "reason", "stalled").count()).isEqualTo(1);
        viewer.outbox().offer(epoch, Rows.chunk("d1", 0, 0), List.of());
        assertThat(viewer.outbox().backlog()).isZero();
    }

    private Viewer started(RecordingSocket socket, Duration keepalive) {
        Viewer viewer = new Viewer(socket, new ViewerSettings(List.of(), 100, Duration.ofMillis(100), keepalive,
                Duration.ofSeconds(30), "test", 20_000), metrics);
        viewer.start(senders);
        return viewer;
    }
}
