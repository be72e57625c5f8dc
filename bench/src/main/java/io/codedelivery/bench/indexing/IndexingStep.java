package io.codedelivery.bench.indexing;

import io.codedelivery.bench.BenchOptions;
import io.codedelivery.bench.driver.DeliveryStarter;
import io.codedelivery.bench.kafka.CommittedCount;
import io.codedelivery.bench.kafka.ProducedPositions;
import io.codedelivery.bench.process.ProcessSet;
import io.codedelivery.bench.report.IndexingResult;
import io.codedelivery.bench.scenario.StackSource;
import io.codedelivery.bench.scenario.StepRunner;
import io.codedelivery.bench.stack.LocalStack;
import io.codedelivery.bench.stack.SearchSide;
import io.codedelivery.contracts.SearchIndices;
import io.codedelivery.contracts.Topics;
import io.codedelivery.devstack.SearchConnectors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * One step of the indexing scenario: a fresh stack with its search side (as {@code ./codedelivery up}),
 * N deliveries through the REST API, a warm-up, the window ({@link IndexingWindow}), then the load
 * stops (the simulator is stopped) and the index must hold exactly the committed positions.
 */
public final class IndexingStep {

    private static final Duration CATCH_UP = Duration.ofMinutes(3);
    private static final Duration CAUGHT_UP = Duration.ofSeconds(3);

    private final BenchOptions options;
    private final StackSource stacks;

    public IndexingStep(BenchOptions options, StackSource stacks) {
        this.options = options;
        this.stacks = stacks;
    }

    public IndexingResult run(int vehicles) throws Exception {
        if (!(options.target() instanceof BenchOptions.LocalJars jars)) {
            throw new IllegalStateException("the indexing scenario starts a stack of its own: leave out --backend-url and co.");
        }
        String loadBefore = loadAverage();
        say("indexing %,d vehicles: starting the stack and its search side (load average %s)", vehicles, loadBefore);
        Path folder = stacks.stepDir("indexing", vehicles);
        try (LocalStack stack = LocalStack.start(jars, folder, options.speedMps());
                SearchSide search = SearchSide.start(stack.bootstrap(), folder, jars.searchSinkJar());
                ProducedPositions produced = ProducedPositions.start(stack.bootstrap())) {
            SearchProbe probe = new SearchProbe(search.searchUrl(), SearchIndices.DEFAULT.positions());
            say("stack ready: backend %s, search engine %s", stack.backend(), search.searchUrl());
            DeliveryStarter.Started started = new DeliveryStarter(stack.backend()).start(vehicles);
            say("started %,d deliveries in %.1f s (%d failed)", started.ids().size(), started.seconds(), started.failures());
            StepRunner.awaitDriving(produced, started.ids());
            awaitIndexCaughtUp(produced, probe, vehicles);
            Thread.sleep(options.warmup().toMillis());
            say("warmed up (%,d documents searchable); measuring for %d s", probe.count(), options.window().toSeconds());
            Map<String, Long> pids = new HashMap<>(stack.processes());
            pids.putAll(search.processes());
            IndexingWindow.Measured measured = new IndexingWindow(stack.bootstrap(), probe, produced, new ProcessSet(pids))
                    .measure(options.window());
            return result(vehicles, started, measured, finalCount(stack, probe), loadBefore, loadAverage());
        }
    }

    /** Committed positions on the topic, documents in the index and positions dead-lettered, once the load has stopped. */
    private record FinalCount(long records, long documents, long parked) {
    }

    private static FinalCount finalCount(LocalStack stack, SearchProbe probe) throws Exception {
        say("stopping the simulator for the final count");
        stack.stopSimulator();
        long records = CommittedCount.of(stack.bootstrap(), Topics.POSITION_REPORTED.name(), "read_committed");
        long documents = awaitDocuments(probe, records);
        long parked = CommittedCount.of(stack.bootstrap(),
                Topics.POSITION_REPORTED.name() + SearchConnectors.DEAD_LETTER_SUFFIX, "read_uncommitted");
        say("final check: %,d committed positions on the topic, %,d documents in the index, %,d dead-lettered",
                records, documents, parked);
        return new FinalCount(records, documents, parked);
    }

    /**
     * Waits (bounded) until the index is no more than {@code CAUGHT_UP} of positions behind what was
     * committed, so that the window measures the steady state rather than the start-up burst of N deliveries.
     */
    private void awaitIndexCaughtUp(ProducedPositions produced, SearchProbe probe, int vehicles) throws Exception {
        long allowed = Math.max(1, vehicles * CAUGHT_UP.toMillis() / options.tick().toMillis());
        long deadline = System.nanoTime() + CATCH_UP.toNanos();
        long backlog;
        while ((backlog = produced.read() - probe.count()) > allowed && System.nanoTime() < deadline) {
            Thread.sleep(1_000);
        }
        say(backlog > allowed ? "the index is still %,d positions behind after %d s; measuring anyway"
                : "the index is %,d positions behind (at most %d s of the load); warming up", backlog,
                backlog > allowed ? CATCH_UP.toSeconds() : CAUGHT_UP.toSeconds());
    }

    /** Refreshes and counts until the index holds as many documents as the topic has committed records (bounded). */
    private static long awaitDocuments(SearchProbe probe, long records) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + CATCH_UP.toNanos();
        long documents = -1;
        while (System.nanoTime() < deadline) {
            probe.refresh();
            documents = probe.count();
            if (documents >= records) {
                break;
            }
            Thread.sleep(1_000);
        }
        return documents;
    }

    private static IndexingResult result(int vehicles, DeliveryStarter.Started started, IndexingWindow.Measured m,
            FinalCount count, String loadBefore, String loadAfter) {
        LagBook.Summary lag = m.lag();
        return new IndexingResult(vehicles, started.ids().size(), started.failures(), Math.round(started.seconds() * 10) / 10.0,
                m.driving(), m.window().seconds(), m.producedPerSecond(), m.indexedPerSecond(), m.backlogAtStart(), m.backlogAtEnd(),
                IndexingWindow.SAMPLE_EVERY,
                lag.sampled(), lag.seen(), lag.neverSeen(), lag.neverSeenExamples(), m.timestampType(), lag.timestampMismatches(),
                lag.lag(), lag.afterCommit(), m.searches(), m.searchFailures(), m.engine(), count.records(), count.documents(),
                count.parked(), count.records() == count.documents(), m.processes(), loadBefore, loadAfter);
    }

    /** The 1, 5 and 15 minute load averages, as {@code uptime} shows them. */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + ", " + fields[1] + ", " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    static void say(String format, Object... args) {
        StepRunner.say(format, args);
    }
}
