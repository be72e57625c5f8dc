package io.codedelivery.bench.scenario;

import io.codedelivery.bench.BenchOptions;
import io.codedelivery.bench.driver.DeliveryStarter;
import io.codedelivery.bench.kafka.KafkaBaseline;
import io.codedelivery.bench.kafka.ProducedPositions;
import io.codedelivery.bench.process.ProcessSet;
import io.codedelivery.bench.report.Baseline;
import io.codedelivery.bench.report.PhaseResult;
import io.codedelivery.bench.report.StepResult;
import io.codedelivery.bench.stack.Stack;
import io.codedelivery.bench.viewer.ViewerGroup;
import io.codedelivery.bench.viewer.ViewerPool;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

/**
 * One step: a stack with nothing in flight, the raw Kafka baseline at the step's rate while it is
 * idle, N deliveries started through the REST API, then one window per phase while they all drive.
 */
public final class StepRunner {

    private static final Duration BASELINE = Duration.ofSeconds(5);
    private static final Duration QUICK_BASELINE = Duration.ofSeconds(1);

    private final BenchOptions options;
    private final StackSource stacks;

    public StepRunner(BenchOptions options, StackSource stacks) {
        this.options = options;
        this.stacks = stacks;
    }

    public StepResult run(Scenario scenario, int vehicles, List<Phase> phases) throws Exception {
        say("%s %,d vehicles: starting the stack", scenario.name(), vehicles);
        Path folder = stacks.stepDir(scenario.name(), vehicles);
        try (Stack stack = stacks.open(folder)) {
            double rate = vehicles * 1000.0 / options.tick().toMillis();
            say("stack ready (%s); raw Kafka baseline at %,.0f records/s", stack.backend(), rate);
            Baseline kafka = KafkaBaseline.measure(stack.bootstrap(), vehicles, rate, options.quick() ? QUICK_BASELINE : BASELINE);
            try (ProducedPositions produced = ProducedPositions.start(stack.bootstrap()); ViewerPool pool = new ViewerPool()) {
                DeliveryStarter.Started started = new DeliveryStarter(stack.backend()).start(vehicles);
                say("started %,d deliveries in %.1f s (%d failed)", started.ids().size(), started.seconds(), started.failures());
                awaitDriving(produced, started.ids());
                say("deliveries are driving");
                ProcessSet processes = new ProcessSet(stack.processes());
                ViewerGroup fleet = new ViewerGroup("fleet");
                PhaseWindow window = new PhaseWindow(options, stack, pool, produced, processes, kafka, folder);
                List<PhaseResult> results = new ArrayList<>();
                for (Phase phase : phases) {
                    PhaseResult result = window.measure(phase, fleet, started.ids());
                    say("%s: p99 %.1f ms, %,.0f positions/s produced, %,.0f delivered/s%s", phase.name(),
                            result.latency().p99(), result.producedPerSecond(), result.deliveredPerSecond(),
                            result.tickHeld() ? "" : ", simulator did not hold its tick");
                    results.add(result);
                }
                return new StepResult(vehicles, started.ids().size(), started.failures(),
                        Math.round(started.seconds() * 10) / 10.0, kafka, results);
            }
        }
    }

    /** Waits (bounded) until every one of {@code ids} has produced a position, and says so when not all did. */
    public static void awaitDriving(ProducedPositions produced, List<String> ids) throws InterruptedException {
        var wanted = new HashSet<>(ids);
        long deadline = System.nanoTime() + Duration.ofSeconds(30 + ids.size() / 500).toNanos();
        int driving = 0;
        while (System.nanoTime() < deadline && (driving = produced.drivingCount(wanted)) < wanted.size()) {
            Thread.sleep(200);
        }
        if (driving < wanted.size()) {
            say("only %,d of %,d deliveries are driving; measuring anyway", driving, wanted.size());
        }
    }

    private static final long STARTED = System.nanoTime();

    public static void say(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[bench %5.1f s] %s%n", (System.nanoTime() - STARTED) / 1e9, String.format(Locale.ROOT, format, args));
    }
}
