package io.codedelivery.backend.viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.codedelivery.backend.support.Positions;
import io.codedelivery.backend.support.RunningBackend;
import io.codedelivery.devstack.testkit.StalledViewer;
import io.codedelivery.devstack.testkit.ViewerClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Browsers that stop reading, against a real backend and broker: they never hold up anyone else. */
class ViewerIsolationIT {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final int DELIVERIES = 100;
    private static final int POSITIONS_EACH = 1_000;
    /** Long ids (up to the 64 characters an id may have) make big frames, so the stalled sockets' buffers fill quickly. */
    private static final String LONG_ID = "x".repeat(20);

    @Test
    void aStalledSocketDoesNotDelayAnotherViewerNorGrowWithoutBound() throws Exception {
        try (RunningBackend backend = RunningBackend.start("isolation-" + UUID.randomUUID(),
                "--codedelivery.viewer.send-timeout=10m", "--codedelivery.viewer.max-backlog=20000");
                Positions vehicles = new Positions(backend.kafkaBootstrapServers());
                ViewerClient healthy = ViewerClient.connect(backend.webSocket())) {
            List<StalledViewer> stalled = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                stalled.add(StalledViewer.connect(backend.webSocket()));
            }
            await().atMost(WAIT).until(() -> backend.metric("codedelivery_viewers{scope=\"fleet\"}") == 5);
            await().atMost(WAIT).until(healthy::hasSnapshot);

            String prefix = "b-" + LONG_ID + UUID.randomUUID() + "-";
            List<String> burst = IntStream.range(0, DELIVERIES).mapToObj(d -> prefix + d).toList();
            // round by round: the healthy viewer gets each round while the stalled sockets stay blocked
            for (long seq = 0; seq < POSITIONS_EACH; seq += 50) {
                vehicles.reportAll(burst, seq, seq + 49);
                long sent = DELIVERIES * (seq + 50);
                await().atMost(WAIT).until(() -> healthy.positions().size() >= sent);
            }

            List<Long> all = LongStream.range(0, POSITIONS_EACH).boxed().toList();
            Map<String, List<Long>> seqs = healthy.seqsByDelivery();
            burst.forEach(id -> assertThat(seqs.get(id)).isEqualTo(all));
            assertThat(healthy.framesOfType("positions")).noneMatch(frame -> frame.has("coalesced"));
            // the stalled sockets really did stall: their backlog was cut to the latest per delivery ...
            assertThat(backend.metric("codedelivery_viewer_positions_coalesced_total")).isPositive();
            // ... and with a 10 minute send timeout none of them has been closed, yet the healthy one has it all
            assertThat(backend.metric("codedelivery_viewer_closed_total")).isZero();
            assertThat(backend.metric("codedelivery_viewer_positions_queued"))
                    .isLessThanOrEqualTo(4 * (DELIVERIES + 20_000));
            for (StalledViewer viewer : stalled) {
                viewer.close();
            }
        }
    }

    @Test
    void aSocketStalledPastTheSendTimeoutIsClosedWithAReason() throws Exception {
        try (RunningBackend backend = RunningBackend.start("stalled-" + UUID.randomUUID(),
                "--codedelivery.viewer.send-timeout=1s");
                Positions vehicles = new Positions(backend.kafkaBootstrapServers());
                StalledViewer stalled = StalledViewer.connect(backend.webSocket())) {
            await().atMost(WAIT).until(() -> backend.metric("codedelivery_viewers{scope=\"fleet\"}") == 1);
            String prefix = "f-" + LONG_ID + UUID.randomUUID() + "-";
            List<String> flood = IntStream.range(0, DELIVERIES).mapToObj(d -> prefix + d).toList();
            AtomicLong seq = new AtomicLong();
            await().atMost(WAIT).pollInterval(Duration.ofMillis(50)).until(() -> {
                long next = seq.getAndAdd(10);
                vehicles.reportAll(flood, next, next + 9);
                return backend.metric("codedelivery_viewer_closed_total{reason=\"stalled\"}") == 1;
            });
            await().atMost(WAIT).until(() -> backend.metric("codedelivery_viewers{scope=\"fleet\"}") == 0);
        }
    }
}
