package io.codedelivery.bench.report;

import java.util.List;
import java.util.Map;

/** A scenario's steps and, per phase, its capacity: the last step within the p99 bound with the tick held. */
public record ScenarioResult(String name, String description, List<StepResult> steps, Map<String, String> capacity) {
}
