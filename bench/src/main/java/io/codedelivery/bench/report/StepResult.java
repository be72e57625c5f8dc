package io.codedelivery.bench.report;

import java.util.List;

/** One step of a scenario: deliveries started through the REST API, the Kafka baseline, and each phase's window. */
public record StepResult(int vehicles, int started, int startFailures, double startSeconds, Baseline kafka,
        List<PhaseResult> phases) {
}
