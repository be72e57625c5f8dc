package io.codedelivery.backend.viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The shared senders under real concurrency: producers on several threads, sends completing on others. */
class ViewerSendersTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final int VIEWERS = 200;
    private static final int PRODUCERS = 4;
    private static final int POSITIONS_EACH = 200;

    private final ViewerSenders senders = new ViewerSenders(2, Duration.ofMillis(20)).start();
    private final ExecutorService completions = Executors.newFixedThreadPool(3);
    private final ViewerMetrics metrics = new ViewerMetrics(new SimpleMeterRegistry());

    @AfterEach
    void stop() {
        senders.close();
        completions.shutdownNow();
    }

    @Test
    void everyViewerGetsEveryPositionOfItsDeliveryOnceAndInOrder() throws Exception {
        List<LaterSocket> sockets = new ArrayList<>();
        List<Started> viewers = new ArrayList<>();
        for (int i = 0; i < VIEWERS; i++) {
            LaterSocket socket = new LaterSocket("viewer-" + i, completions);
            sockets.add(socket);
            viewers.add(started(socket, Duration.ofSeconds(30)));
        }

        ExecutorService producers = Executors.newFixedThreadPool(PRODUCERS);
        List<Future<?>> offering = IntStream.range(0, PRODUCERS).<Future<?>>mapToObj(p -> producers.submit(() -> {
            for (long seq = 0; seq < POSITIONS_EACH; seq++) {
                for (int v = p; v < VIEWERS; v += PRODUCERS) {
                    viewers.get(v).offer(Rows.chunk("d" + v, seq, seq));
                }
            }
        })).toList();
        for (Future<?> done : offering) {
            done.get();
        }
        producers.shutdown();

        List<Long> all = LongStream.range(0, POSITIONS_EACH).boxed().toList();
        await().atMost(WAIT).until(() -> sockets.stream().allMatch(socket -> socket.seqs().size() >= POSITIONS_EACH));
        for (LaterSocket socket : sockets) {
            assertThat(socket.seqs()).as(socket.id()).isEqualTo(all);
            assertThat(socket.inFlightAtOnce).as("frames in flight at once on %s", socket.id()).isEqualTo(1);
        }
    }

    @Test
    void aStalledSocketHoldsUpNoOtherAndIsClosedAfterTheSendTimeout() {
        LaterSocket stalled = new LaterSocket("stalled", completions);
        stalled.stall();
        LaterSocket healthy = new LaterSocket("healthy", completions);
        Started stuck = started(stalled, Duration.ofMillis(300));
        Started fine = started(healthy, Duration.ofSeconds(30));

        for (long seq = 0; seq < 50; seq++) {
            stuck.offer(Rows.chunk("s", seq, seq));
            fine.offer(Rows.chunk("h", seq, seq));
        }

        await().atMost(WAIT).until(() -> healthy.seqs().size() == 50);
        await().atMost(WAIT).until(() -> stalled.closeCode == ViewerSocket.STALLED);
        assertThat(healthy.closeCode).isEqualTo(-1);
    }

    private record Started(Viewer viewer, long epoch) {

        void offer(RowChunk rows) {
            viewer.outbox().offer(epoch, rows, List.of());
        }
    }

    private Started started(ViewerSocket socket, Duration sendTimeout) {
        Viewer viewer = new Viewer(socket, settings(sendTimeout), metrics);
        long epoch = viewer.outbox().beginScope();
        viewer.outbox().completeSnapshot(epoch, new Frame.Snapshot(Scope.FLEET, new RowChunk(List.of())), Map.of());
        viewer.start(senders);
        return new Started(viewer, epoch);
    }

    private static ViewerSettings settings(Duration sendTimeout) {
        return new ViewerSettings(List.of(), 100_000, sendTimeout, Duration.ofMinutes(1), Duration.ofSeconds(30), "test", 20_000);
    }

    /** Completes each send later on another thread, as Tomcat may; or never, when stalled. */
    private static final class LaterSocket implements ViewerSocket {

        private final String id;
        private final ExecutorService completions;
        private final List<String> frames = new CopyOnWriteArrayList<>();
        private volatile boolean stalled;
        private volatile int inFlight;
        volatile int inFlightAtOnce;
        volatile int closeCode = -1;

        LaterSocket(String id, ExecutorService completions) {
            this.id = id;
            this.completions = completions;
        }

        void stall() {
            stalled = true;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public synchronized void send(String frame, Consumer<Throwable> done) {
            inFlightAtOnce = Math.max(inFlightAtOnce, ++inFlight);
            if (stalled) {
                return;
            }
            completions.execute(() -> {
                frames.add(frame);
                synchronized (this) {
                    inFlight--;
                }
                done.accept(null);
            });
        }

        @Override
        public void close(int code, String reason) {
            closeCode = code;
        }

        List<Long> seqs() {
            List<Long> seqs = new ArrayList<>();
            for (String frame : frames) {
                JsonNode root = JSON.readTree(frame);
                if ("positions".equals(root.get("type").asString())) {
                    root.get("positions").forEach(row -> seqs.add(row.get(2).asLong()));
                }
            }
            return seqs;
        }
    }
}
