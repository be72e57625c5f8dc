package io.codedelivery.bench.report;

import java.util.List;

/** Everything one run measured, as written to the JSON file; {@code indexing}: the steps of the indexing scenario. */
public record BenchReport(String startedAt, String target, String machine, double p99BoundMs, double windowSeconds,
        List<ScenarioResult> scenarios, List<IndexingResult> indexing) {
}
