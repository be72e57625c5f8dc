package io.codedelivery.bench.scenario;

import java.util.List;

/** A workload grown step by step (vehicles in flight); each step is measured once per phase, in order. */
public record Scenario(String name, String description, List<Integer> steps, List<Phase> phases) {

    public Scenario withSteps(List<Integer> newSteps) {
        return newSteps.isEmpty() ? this : new Scenario(name, description, newSteps, phases);
    }
}
