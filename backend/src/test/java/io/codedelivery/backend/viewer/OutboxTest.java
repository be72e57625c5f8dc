package io.codedelivery.backend.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OutboxTest {

    private final Outbox outbox = new Outbox(1_000, skipped -> { });

    @Test
    void nothingGoesOutBeforeTheSnapshotThenTheSnapshotComesFirst() throws Exception {
        long epoch = outbox.beginScope();
        outbox.offer(epoch, Rows.chunk("d1", 4, 6), List.of());
        outbox.completeSnapshot(epoch, snapshot(), Map.of("d1", 5L));
        List<Frame> frames = outbox.poll();
        assertThat(frames.get(0)).isInstanceOf(Frame.Snapshot.class);
        assertThat(seqs(frames)).containsExactly(6L);
    }

    /** The live fleet took seq 64 before the snapshot read it, and fans it out only after: found by ReplicasIT. */
    @Test
    void aBatchFannedOutAfterTheSnapshotDropsWhatTheSnapshotAlreadyShowed() throws Exception {
        long epoch = outbox.beginScope();
        outbox.completeSnapshot(epoch, snapshot(), Map.of("d1", 64L));
        outbox.offer(epoch, Rows.chunk("d1", 63, 65), List.of());
        outbox.offer(epoch, Rows.chunk("d1", 66, 66), List.of());
        outbox.offer(epoch, Rows.chunk("d2", 0, 0), List.of());

        assertThat(seqs(outbox.poll())).containsExactly(65L, 66L, 0L);
    }

    @Test
    void removalsTheSnapshotAlreadyOutdatesAreDropped() throws Exception {
        long epoch = outbox.beginScope();
        outbox.offer(epoch, new RowChunk(List.of()), List.of(new ViewerRemoval("d1", "silent", 3)));
        outbox.offer(epoch, new RowChunk(List.of()), List.of(new ViewerRemoval("d2", "delivered", 9)));
        outbox.completeSnapshot(epoch, snapshot(), Map.of("d1", 8L, "d2", 9L));
        List<Frame> frames = outbox.poll();
        assertThat(frames).hasSize(2);
        assertThat(((Frame.Removed) frames.get(1)).deliveries()).extracting(ViewerRemoval::deliveryId).containsExactly("d2");
    }

    @Test
    void changesForAnOlderScopeAreDropped() throws Exception {
        long old = subscribed();
        outbox.offer(old, Rows.chunk("d1", 0, 2), List.of());
        long current = outbox.beginScope();
        outbox.offer(old, Rows.chunk("d1", 3, 3), List.of());
        outbox.completeSnapshot(current, snapshot(), Map.of());
        outbox.offer(current, Rows.chunk("d2", 0, 0), List.of());
        List<Frame> frames = outbox.poll();
        assertThat(frames.get(0)).isInstanceOf(Frame.Snapshot.class);
        assertThat(rows(frames)).extracting(PositionRow::deliveryId).containsOnly("d2");
    }

    @Test
    void queuedBatchesGoOutTogetherInOrderWithRemovalsBetween() throws Exception {
        long epoch = subscribed();
        outbox.offer(epoch, Rows.chunk("d1", 0, 1), List.of());
        outbox.offer(epoch, Rows.chunk("d1", 2, 2), List.of(new ViewerRemoval("d1", "delivered", 2)));
        outbox.offer(epoch, Rows.chunk("d2", 0, 0), List.of());
        List<Frame> frames = outbox.poll();
        assertThat(frames).hasSize(3);
        assertThat(frames.get(0)).isInstanceOf(Frame.Positions.class);
        assertThat(frames.get(1)).isInstanceOf(Frame.Removed.class);
        assertThat(seqs(frames.subList(0, 1))).containsExactly(0L, 1L, 2L);
    }

    @Test
    void aViewerPastTheBacklogGetsTheLatestOfEachDeliveryAndIsToldHowManyItMissed() throws Exception {
        AtomicInteger skipped = new AtomicInteger();
        Outbox small = new Outbox(10, skipped::addAndGet);
        long epoch = small.beginScope();
        small.completeSnapshot(epoch, snapshot(), Map.of());
        small.poll();
        for (long seq = 0; seq < 20; seq++) {
            small.offer(epoch, new RowChunk(List.of(PositionRow.of(Rows.position("d1", seq)),
                    PositionRow.of(Rows.position("d2", seq)))), List.of());
        }
        small.offer(epoch, Rows.chunk("d1", 20, 20), List.of(new ViewerRemoval("d1", "delivered", 20)));
        assertThat(small.backlog()).isLessThanOrEqualTo(2);
        List<Frame> frames = small.poll();
        Frame.Positions positions = (Frame.Positions) frames.get(0);
        assertThat(positions.coalesced()).isEqualTo(41 - 2);
        assertThat(skipped).hasValue(41 - 2);
        assertThat(rows(frames)).extracting(PositionRow::seq).containsExactly(20L, 19L);
        assertThat(frames.get(1)).isInstanceOf(Frame.Removed.class);
    }

    @Test
    void aClosedOutboxGivesNothingAndTakesNothing() throws Exception {
        long epoch = subscribed();
        outbox.close();
        outbox.offer(epoch, Rows.chunk("d1", 0, 0), List.of());
        assertThat(outbox.hasReady()).isFalse();
        assertThat(outbox.poll()).isEmpty();
        assertThat(outbox.backlog()).isZero();
    }

    @Test
    void whenReadyIsToldOnlyWhenThereIsSomethingToSend() {
        AtomicInteger told = new AtomicInteger();
        outbox.whenReady(told::incrementAndGet);
        long epoch = outbox.beginScope();
        outbox.offer(epoch, Rows.chunk("d1", 0, 0), List.of());
        assertThat(told).as("before the snapshot").hasValue(0);
        outbox.completeSnapshot(epoch, snapshot(), Map.of());
        outbox.offer(epoch - 1, Rows.chunk("d1", 1, 1), List.of());
        assertThat(told).as("the snapshot; not the change for an older scope").hasValue(1);
        outbox.offer(epoch, Rows.chunk("d1", 2, 2), List.of());
        assertThat(told).hasValue(2);
    }

    /** Four producers and one sender polling at full speed: every row arrives once, each delivery in order. */
    @Test
    void underRealConcurrencyEveryRowArrivesOnceAndInOrder() throws Exception {
        Outbox big = new Outbox(Integer.MAX_VALUE, skipped -> { });
        long epoch = big.beginScope();
        big.completeSnapshot(epoch, snapshot(), Map.of());
        int producers = 4;
        int batches = 2_000;
        ExecutorService threads = Executors.newFixedThreadPool(producers + 1);
        Map<String, List<Long>> received = new ConcurrentHashMap<>();
        Future<?> sender = threads.submit(() -> {
            int expected = producers * batches * 3;
            int count = 0;
            while (count < expected) {
                for (PositionRow row : rows(big.poll())) {
                    received.computeIfAbsent(row.deliveryId(), id -> new ArrayList<>()).add(row.seq());
                    count++;
                }
            }
            return null;
        });
        List<Future<?>> offers = new ArrayList<>();
        for (int p = 0; p < producers; p++) {
            String delivery = "d" + p;
            offers.add(threads.submit(() -> {
                for (long b = 0; b < batches; b++) {
                    big.offer(epoch, Rows.chunk(delivery, b * 3, b * 3 + 2), List.of());
                }
            }));
        }
        for (Future<?> offer : offers) {
            offer.get(60, TimeUnit.SECONDS);
        }
        sender.get(60, TimeUnit.SECONDS);
        threads.shutdown();
        assertThat(received).hasSize(producers);
        received.values().forEach(seqs -> assertThat(seqs).hasSize(batches * 3).isSorted().doesNotHaveDuplicates());
    }

    /** A sender that never takes: producers keep offering, and the backlog stays bounded by the deliveries. */
    @Test
    void aStalledViewersBacklogStaysBoundedUnderConcurrentOffers() throws Exception {
        Outbox stalled = new Outbox(500, skipped -> { });
        long epoch = stalled.beginScope();
        stalled.completeSnapshot(epoch, snapshot(), Map.of());
        ExecutorService threads = Executors.newFixedThreadPool(4);
        List<Future<?>> offers = new ArrayList<>();
        for (int p = 0; p < 4; p++) {
            String prefix = "p" + p + "-";
            offers.add(threads.submit(() -> {
                for (long seq = 0; seq < 5_000; seq++) {
                    List<PositionRow> rows = new ArrayList<>();
                    for (int d = 0; d < 25; d++) {
                        rows.add(PositionRow.of(Rows.position(prefix + d, seq)));
                    }
                    stalled.offer(epoch, new RowChunk(rows), List.of());
                }
            }));
        }
        for (Future<?> offer : offers) {
            offer.get(60, TimeUnit.SECONDS);
        }
        threads.shutdown();
        assertThat(stalled.backlog()).isLessThanOrEqualTo(100);
        List<PositionRow> latest = rows(stalled.poll());
        assertThat(latest).hasSize(100).allSatisfy(row -> assertThat(row.seq()).isEqualTo(4_999));
    }

    private long subscribed() {
        long epoch = outbox.beginScope();
        outbox.completeSnapshot(epoch, snapshot(), Map.of());
        assertThat(outbox.poll()).singleElement().isInstanceOf(Frame.Snapshot.class);
        return epoch;
    }

    private static Frame.Snapshot snapshot() {
        return new Frame.Snapshot(Scope.FLEET, new RowChunk(List.of()));
    }

    static List<PositionRow> rows(List<Frame> frames) {
        List<PositionRow> rows = new ArrayList<>();
        for (Frame frame : frames) {
            if (frame instanceof Frame.Positions positions) {
                positions.chunks().forEach(chunk -> rows.addAll(chunk.rows()));
            }
        }
        return rows;
    }

    private static List<Long> seqs(List<Frame> frames) {
        return rows(frames).stream().map(PositionRow::seq).toList();
    }
}
