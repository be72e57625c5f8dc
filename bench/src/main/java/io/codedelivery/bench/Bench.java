package io.codedelivery.bench;

import io.codedelivery.bench.indexing.IndexingStep;
import io.codedelivery.bench.report.BenchReport;
import io.codedelivery.bench.report.IndexingResult;
import io.codedelivery.bench.report.JsonReport;
import io.codedelivery.bench.report.ScenarioResult;
import io.codedelivery.bench.report.TextReport;
import io.codedelivery.bench.scenario.Scenario;
import io.codedelivery.bench.scenario.ScenarioRunner;
import io.codedelivery.bench.scenario.Scenarios;
import io.codedelivery.bench.scenario.StackSource;
import io.codedelivery.bench.scenario.StepRunner;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** {@code ./codedelivery bench}: runs the chosen scenarios, prints a table per scenario, writes JSON and text. */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            System.out.println(BenchOptions.USAGE);
            return;
        }
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("[bench] " + e.getMessage());
            System.err.println(BenchOptions.USAGE);
            System.exit(2);
            return;
        }
        try {
            run(options);
            System.exit(0);
        } catch (Exception e) {
            System.err.println("[bench] failed: " + e);
            System.exit(1);
        }
    }

    public static BenchReport run(BenchOptions options) throws Exception {
        StackSource stacks = new StackSource(options);
        ScenarioRunner runner = new ScenarioRunner(new StepRunner(options, stacks));
        String startedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        List<ScenarioResult> results = new ArrayList<>();
        List<IndexingResult> indexing = new ArrayList<>();
        BenchReport report = report(options, stacks, startedAt, results, indexing);
        System.out.println("[bench] " + stacks.describe() + "; output under " + options.workDir());
        for (Scenario scenario : Scenarios.selected(options)) {
            ScenarioResult result = runner.run(scenario);
            results.add(result);
            System.out.print(TextReport.scenario(result));
            report = report(options, stacks, startedAt, results, indexing);
            JsonReport.write(report, options.json(), options.table());
        }
        for (int vehicles : Scenarios.indexingSteps(options)) {
            indexing.add(new IndexingStep(options, stacks).run(vehicles));
            System.out.print(TextReport.indexing(indexing.subList(indexing.size() - 1, indexing.size())));
            report = report(options, stacks, startedAt, results, indexing);
            JsonReport.write(report, options.json(), options.table());
        }
        JsonReport.write(report, options.json(), options.table());
        System.out.println("[bench] wrote " + options.json() + " and " + options.table());
        return report;
    }

    private static BenchReport report(BenchOptions options, StackSource stacks, String startedAt, List<ScenarioResult> results,
            List<IndexingResult> indexing) {
        return new BenchReport(startedAt, stacks.describe(), machine(), options.p99Bound().toMillis(),
                options.window().toMillis() / 1000.0, List.copyOf(results), List.copyOf(indexing));
    }

    private static String machine() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        long memory = ((com.sun.management.OperatingSystemMXBean) os).getTotalMemorySize() >> 30;
        return os.getAvailableProcessors() + " cores, " + memory + " GB, " + os.getName() + " " + os.getVersion()
                + ", Java " + Runtime.version() + " (driver)";
    }
}
