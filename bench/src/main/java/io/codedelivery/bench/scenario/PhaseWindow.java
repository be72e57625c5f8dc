package io.codedelivery.bench.scenario;

import io.codedelivery.bench.BenchOptions;
import io.codedelivery.bench.driver.Profiler;
import io.codedelivery.bench.driver.Prometheus;
import io.codedelivery.bench.kafka.ProducedPositions;
import io.codedelivery.bench.process.ProcessSet;
import io.codedelivery.bench.report.Baseline;
import io.codedelivery.bench.report.Latency;
import io.codedelivery.bench.report.PhaseResult;
import io.codedelivery.bench.report.ProcessUsage;
import io.codedelivery.bench.report.ViewerGroupResult;
import io.codedelivery.bench.stack.Stack;
import io.codedelivery.bench.viewer.ViewerGroup;
import io.codedelivery.bench.viewer.ViewerPool;
import io.codedelivery.bench.viewer.Window;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.HdrHistogram.Histogram;

/**
 * One phase of a step: its viewers connect and get their snapshot, a warm-up passes, then the
 * window: positions emitted in it are counted on the topic and at every viewer, which may take a
 * little longer to receive them (the drain, bounded). Fleet viewers stay for the next phase.
 */
final class PhaseWindow {

    private static final Duration CONNECT = Duration.ofSeconds(120);
    private static final Duration SNAPSHOT = Duration.ofSeconds(60);
    private static final String TICK_LAG = "codedelivery_simulator_tick_lag_seconds";

    private final BenchOptions options;
    private final Stack stack;
    private final ViewerPool pool;
    private final ProducedPositions produced;
    private final ProcessSet processes;
    private final Baseline kafka;
    private final Path folder;

    PhaseWindow(BenchOptions options, Stack stack, ViewerPool pool, ProducedPositions produced, ProcessSet processes,
            Baseline kafka, Path folder) {
        this.options = options;
        this.stack = stack;
        this.pool = pool;
        this.produced = produced;
        this.processes = processes;
        this.kafka = kafka;
        this.folder = folder;
    }

    PhaseResult measure(Phase phase, ViewerGroup fleet, List<String> deliveryIds) throws InterruptedException {
        List<ViewerPool.Viewer> joining = new ArrayList<>();
        while (fleet.viewers().size() < phase.fleetViewers()) {
            ViewerPool.Viewer viewer = pool.connect(webSocket(null), fleet.newTally(null));
            fleet.add(viewer);
            joining.add(viewer);
        }
        ViewerGroup delivery = new ViewerGroup("delivery");
        for (String id : deliveryIds.subList(0, phase.deliveryViewersFor(deliveryIds.size()))) {
            ViewerPool.Viewer viewer = pool.connect(webSocket(id), delivery.newTally(id));
            delivery.add(viewer);
            joining.add(viewer);
        }
        List<ViewerGroup> groups = delivery.viewers().isEmpty() ? List.of(fleet) : fleet.viewers().isEmpty() ? List.of(delivery) : List.of(fleet, delivery);
        int open = pool.awaitOpen(joining, CONNECT);
        StepRunner.say("%s: %,d viewers connected (%,d asked)", phase.name(), open, joining.size());
        awaitSnapshots(joining);
        Thread.sleep(options.warmup().toMillis());
        try {
            return window(phase, deliveryIds.size(), groups);
        } finally {
            pool.disconnect(delivery.viewers());
        }
    }

    private PhaseResult window(Phase phase, int vehicles, List<ViewerGroup> groups) throws InterruptedException {
        long start = System.currentTimeMillis() + 200;
        Window window = new Window(start, start + options.window().toMillis());
        groups.forEach(g -> g.open(window));
        produced.open(window);
        sleepUntil(window.startMs());
        processes.start();
        Map<String, Double> metricsAtStart = scrape();
        if (options.profile()) {
            Profiler.record(processes.pids(), options.window(), folder, phase.name().replace(' ', '-'));
        }
        sleepUntil(window.endMs());
        List<ProcessUsage> usage = processes.stop();
        Map<String, Double> metrics = Prometheus.over(metricsAtStart, scrape());
        drain(window, groups);
        groups.forEach(ViewerGroup::freeze);
        return result(phase, vehicles, window, groups, usage, metrics);
    }

    private void drain(Window window, List<ViewerGroup> groups) throws InterruptedException {
        sleepUntil(window.endMs() + options.tick().toMillis());
        produced.markEnd();
        long deadline = window.endMs() + Math.max(3_000, 3 * options.p99Bound().toMillis());
        while (System.currentTimeMillis() < deadline
                && !(produced.caughtUp() && groups.stream().allMatch(g -> g.caughtUp(expected())))) {
            Thread.sleep(100);
        }
    }

    private PhaseResult result(Phase phase, int vehicles, Window window, List<ViewerGroup> groups,
            List<ProcessUsage> usage, Map<String, Double> metrics) {
        double seconds = window.seconds();
        List<ViewerGroupResult> groupResults = groups.stream().map(g -> g.result(seconds, expected())).toList();
        Histogram all = new Histogram(3);
        groups.forEach(g -> all.add(g.histogram()));
        Latency latency = Latency.of(all);
        long total = produced.total();
        double spacing = produced.meanEmitSpacingMs();
        Double lag = meanTickLagSeconds(metrics);
        int driving = produced.drivingInWindow();
        boolean tickHeld = total > 0 && driving >= 0.95 * vehicles && spacing <= 1.1 * options.tick().toMillis()
                && (lag == null || lag < options.tick().toMillis() / 1000.0);
        long received = groupResults.stream().mapToLong(ViewerGroupResult::received).sum();
        boolean within = latency.count() > 0 && tickHeld && latency.p99() <= options.p99Bound().toMillis();
        return new PhaseResult(phase.name(), vehicles, driving, seconds, total, round(total / seconds), round(received / seconds),
                round(spacing), tickHeld, latency, groupResults, usage, new HashMap<>(metrics),
                ratio(latency.p50(), kafka.latency().p50()), ratio(latency.p99(), kafka.latency().p99()), within);
    }

    /** The simulator's mean tick lag over the window (increase of its timer's sum over that of its count), if it reports one. */
    private static Double meanTickLagSeconds(Map<String, Double> metrics) {
        Double sum = metrics.get(TICK_LAG + "_sum");
        Double count = metrics.get(TICK_LAG + "_count");
        return sum == null || count == null || count == 0 ? null : sum / count;
    }

    private ToLongFunction<String> expected() {
        return focus -> focus == null ? produced.total() : produced.of(focus);
    }

    private void awaitSnapshots(List<ViewerPool.Viewer> viewers) throws InterruptedException {
        long deadline = System.nanoTime() + SNAPSHOT.toNanos();
        while (System.nanoTime() < deadline && !viewers.stream().allMatch(v -> v.tally().hasSnapshot() || v.socket().isCompletedExceptionally())) {
            Thread.sleep(100);
        }
    }

    private Map<String, Double> scrape() {
        Map<String, Double> metrics = new HashMap<>(Prometheus.scrape(stack.simulator()));
        metrics.putAll(Prometheus.scrape(stack.backend()));
        return metrics;
    }

    private URI webSocket(String deliveryId) {
        URI backend = stack.backend();
        String query = deliveryId == null ? "" : "?delivery=" + URLEncoder.encode(deliveryId, StandardCharsets.UTF_8);
        return URI.create("ws://" + backend.getHost() + ":" + backend.getPort() + "/ws" + query);
    }

    private static void sleepUntil(long epochMs) throws InterruptedException {
        long wait = epochMs - System.currentTimeMillis();
        if (wait > 0) {
            Thread.sleep(wait);
        }
    }

    private static double ratio(double ours, double kafka) {
        return kafka > 0 ? round(ours / kafka) : 0;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
