package io.codedelivery.backend.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import io.codedelivery.backend.tracking.LiveFleet;
import io.codedelivery.contracts.PositionReported;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ViewerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SteppedExecutor sender = new SteppedExecutor();
    private final RecordingSocket socket = new RecordingSocket();
    private final LiveFleet fleet = new LiveFleet();

    private static PositionReported position(String deliveryId, long seq) {
        return new PositionReported(deliveryId, "broadway", seq, 40.7, -74.0, false, Instant.parse("2026-11-25T14:00:00Z"));
    }

    @Test
    void anIdleViewerGetsTheSnapshotThenEachBatchAtOnce() {
        Viewer viewer = new Viewer(socket, sender, fleet, 100);
        fleet.subscribe(viewer);
        sender.runAll();
        fleet.apply(List.of(position("a", 0)));
        sender.runAll();
        fleet.apply(List.of(position("a", 1)));
        sender.runAll();
        assertThat(socket.types()).containsExactly("snapshot", "positions", "positions");
    }

    @Test
    void batchesArrivingWhileASendIsPendingGoOutAsOneFrame() {
        Viewer viewer = new Viewer(socket, sender, fleet, 100);
        fleet.subscribe(viewer);
        sender.runAll();
        fleet.apply(List.of(position("a", 0)));
        fleet.apply(List.of(position("a", 1), position("b", 0)));
        fleet.apply(List.of(position("a", 2)));
        sender.runAll();
        assertThat(socket.types()).containsExactly("snapshot", "positions");
        JsonNode frame = JSON.readTree(socket.frames.get(1));
        assertThat(frame.get("positions")).hasSize(4);
        assertThat(frame.get("positions").get(3).get("seq").asLong()).isEqualTo(2);
    }

    @Test
    void aViewerThatFallsBehindGetsAFreshSnapshotInsteadOfTheBacklog() {
        Viewer viewer = new Viewer(socket, sender, fleet, 2);
        fleet.subscribe(viewer);
        for (int seq = 0; seq < 10; seq++) {
            fleet.apply(List.of(position("a", seq)));
        }
        sender.runAll();
        assertThat(socket.types()).last().isEqualTo("snapshot");
        JsonNode resync = JSON.readTree(socket.frames.get(socket.frames.size() - 1));
        assertThat(resync.get("positions").get(0).get("seq").asLong()).isEqualTo(9);
    }

    @Test
    void keepaliveIsSentOnlyWhenNothingElseIsWaiting() {
        Viewer viewer = new Viewer(socket, sender, fleet, 100);
        viewer.keepalive();
        sender.runAll();
        fleet.subscribe(viewer);
        viewer.keepalive();
        sender.runAll();
        assertThat(socket.types()).containsExactly("keepalive", "snapshot");
    }

    static final class SteppedExecutor implements Executor {

        private final Queue<Runnable> tasks = new ArrayDeque<>();

        @Override
        public void execute(Runnable task) {
            tasks.add(task);
        }

        void runAll() {
            for (Runnable task = tasks.poll(); task != null; task = tasks.poll()) {
                task.run();
            }
        }
    }

    static final class RecordingSocket implements ViewerSocket {

        final List<String> frames = new ArrayList<>();

        @Override
        public String id() {
            return "viewer-1";
        }

        @Override
        public void send(String frame) {
            frames.add(frame);
        }

        @Override
        public void close() {
        }

        List<String> types() {
            return frames.stream().map(frame -> JSON.readTree(frame).get("type").asString()).toList();
        }
    }
}
