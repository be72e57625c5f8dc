package io.codedelivery.bench.scenario;

import io.codedelivery.bench.report.PhaseResult;
import io.codedelivery.bench.report.ScenarioResult;
import io.codedelivery.bench.report.StepResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs a scenario's steps in order. A phase stops at the first step whose p99 passes the bound or
 * where the simulator did not hold its tick; its capacity is the step before. The scenario ends
 * when no phase is left.
 */
public final class ScenarioRunner {

    private final StepRunner steps;

    public ScenarioRunner(StepRunner steps) {
        this.steps = steps;
    }

    public ScenarioResult run(Scenario scenario) {
        List<Phase> active = new ArrayList<>(scenario.phases());
        Map<String, Integer> lastGood = new LinkedHashMap<>();
        Map<String, String> capacity = new LinkedHashMap<>();
        List<StepResult> results = new ArrayList<>();
        for (int vehicles : scenario.steps()) {
            if (active.isEmpty()) {
                break;
            }
            StepResult step;
            try {
                step = steps.run(scenario, vehicles, List.copyOf(active));
            } catch (Exception e) {
                StepRunner.say("%s %,d vehicles failed: %s", scenario.name(), vehicles, e);
                active.forEach(p -> capacity.put(p.name(), below(lastGood.get(p.name()), vehicles) + " (step failed: " + e.getMessage() + ")"));
                active.clear();
                break;
            }
            results.add(step);
            for (PhaseResult phase : step.phases()) {
                if (phase.withinBound()) {
                    lastGood.put(phase.phase(), vehicles);
                } else {
                    capacity.put(phase.phase(), below(lastGood.get(phase.phase()), vehicles));
                    active.removeIf(p -> p.name().equals(phase.phase()));
                }
            }
        }
        active.forEach(p -> capacity.put(p.name(), lastGood.containsKey(p.name())
                ? String.format(Locale.ROOT, "at least %,d vehicles (every step passed)", lastGood.get(p.name()))
                : "not measured"));
        return new ScenarioResult(scenario.name(), scenario.description(), results, capacity);
    }

    private static String below(Integer lastGood, int failedAt) {
        return lastGood == null ? String.format(Locale.ROOT, "below %,d vehicles (the first step failed)", failedAt)
                : String.format(Locale.ROOT, "%,d vehicles (failed at %,d)", lastGood, failedAt);
    }
}
