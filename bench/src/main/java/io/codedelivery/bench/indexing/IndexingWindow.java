package io.codedelivery.bench.indexing;

import io.codedelivery.bench.kafka.ProducedPositions;
import io.codedelivery.bench.process.ProcessSet;
import io.codedelivery.bench.report.EngineStats;
import io.codedelivery.bench.report.ProcessUsage;
import io.codedelivery.bench.viewer.Window;
import java.time.Duration;
import java.util.List;

/**
 * The measurement of one step while the load runs: a window in which every {@code SAMPLE_EVERY}-th
 * position produced is timed to searchable, and the index's {@code _count} is read at both ends; then
 * a grace for the last samples to become searchable, the load still running.
 */
final class IndexingWindow {

    static final int SAMPLE_EVERY = 20;
    private static final Duration GRACE = Duration.ofSeconds(30);
    private static final long LEAD_MS = 500;

    /** What the window measured. */
    record Measured(Window window, int driving, double producedPerSecond, double indexedPerSecond, long backlogAtStart,
            long backlogAtEnd, LagBook.Summary lag, String timestampType, long searches, long searchFailures,
            EngineStats engine, List<ProcessUsage> processes) {
    }

    private final String bootstrap;
    private final SearchProbe probe;
    private final ProducedPositions produced;
    private final ProcessSet processes;

    IndexingWindow(String bootstrap, SearchProbe probe, ProducedPositions produced, ProcessSet processes) {
        this.bootstrap = bootstrap;
        this.probe = probe;
        this.produced = produced;
        this.processes = processes;
    }

    Measured measure(Duration length) throws Exception {
        long start = System.currentTimeMillis() + LEAD_MS;
        Window window = new Window(start, start + length.toMillis());
        LagBook book = new LagBook();
        produced.open(window);
        try (PositionSampler sampler = new PositionSampler(bootstrap, window, SAMPLE_EVERY, book);
                LagPoller poller = new LagPoller(probe, book)) {
            sleepUntil(window.startMs());
            processes.start();
            EngineStats engineAtStart = probe.stats();
            long countAtStart = probe.count();
            long backlogAtStart = produced.read() - countAtStart;
            sleepUntil(window.endMs());
            long countAtEnd = probe.count();
            long backlogAtEnd = produced.read() - countAtEnd;
            EngineStats engine = probe.stats().minus(engineAtStart);
            List<ProcessUsage> usage = processes.stop();
            IndexingStep.say("window over: %,d samples taken, %,d still pending; grace of up to %d s",
                    book.summary().sampled(), book.pendingCount(), GRACE.toSeconds());
            awaitSamples(window, sampler, book);
            double seconds = window.seconds();
            return new Measured(window, produced.drivingInWindow(), round(produced.total() / seconds),
                    round((countAtEnd - countAtStart) / seconds), backlogAtStart, backlogAtEnd, book.summary(),
                    sampler.timestampType(), poller.searches(), poller.failures(), engine, usage);
        }
    }

    /** Until every sample produced in the window was read and seen, or the grace after the window is over. */
    private static void awaitSamples(Window window, PositionSampler sampler, LagBook book) throws InterruptedException {
        Thread.sleep(1_000);
        sampler.markEnd();
        long deadline = window.endMs() + GRACE.toMillis();
        while (System.currentTimeMillis() < deadline && !(sampler.caughtUp() && book.pendingCount() == 0)) {
            Thread.sleep(100);
        }
    }

    private static void sleepUntil(long epochMs) throws InterruptedException {
        long wait = epochMs - System.currentTimeMillis();
        if (wait > 0) {
            Thread.sleep(wait);
        }
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
