package io.codedelivery.bench.report;

import java.util.List;
import java.util.Map;

/**
 * One measurement window of a step. {@code tickHeld}: at least 95 % of the step's deliveries emitted
 * positions in the window ({@code driving}), at the tick (mean spacing within 10 %), and the
 * simulator's mean tick lag over the window, when it reports one, stayed under a tick.
 */
public record PhaseResult(
        String phase, int vehicles, int driving, double windowSeconds, long produced, double producedPerSecond,
        double deliveredPerSecond, double meanEmitSpacingMs, boolean tickHeld, Latency latency,
        List<ViewerGroupResult> groups, List<ProcessUsage> processes, Map<String, Double> metrics,
        double p50VsKafka, double p99VsKafka, boolean withinBound) {
}
