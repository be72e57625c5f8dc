package io.codedelivery.bench.scenario;

import io.codedelivery.bench.BenchOptions;
import java.util.List;

/**
 * The workloads of the issue: the dispatcher's fleet, the seed's browser per delivery, and fan-out;
 * and, apart (its own stack and measure), indexing lag: N live vehicles to the search engine.
 */
public final class Scenarios {

    public static final Scenario FLEET = new Scenario("fleet",
            "N live vehicles to 1, then 50 fleet viewers (/ws)", List.of(1_000, 10_000, 30_000),
            List.of(new Phase("1 fleet viewer", 1, 0), new Phase("50 fleet viewers", 50, 0)));
    public static final Scenario SEED = new Scenario("seed",
            "the seed's workload: N deliveries, each followed by its own browser (/ws?delivery=id)",
            List.of(1_000, 5_000, 10_000), List.of(new Phase("browser per delivery", 0, Phase.ONE_PER_DELIVERY)));
    public static final Scenario FANOUT = new Scenario("fanout",
            "1,000 vehicles to 200 fleet viewers", List.of(1_000), List.of(new Phase("200 fleet viewers", 200, 0)));
    public static final Scenario QUICK = new Scenario("quick",
            "CI: 30 vehicles, 2 fleet viewers and 5 viewers of one delivery each; counts only, no timing",
            List.of(30), List.of(new Phase("2 fleet + 5 delivery viewers", 2, 5)));

    public static final String INDEXING = "indexing";
    private static final List<Integer> INDEXING_STEPS = List.of(1_000);

    private Scenarios() {
    }

    public static List<Scenario> selected(BenchOptions options) {
        if (options.quick()) {
            return List.of(QUICK.withSteps(options.steps()));
        }
        List<String> names = options.scenarios().contains("all") ? List.of("fleet", "seed", "fanout") : options.scenarios();
        return names.stream().filter(n -> !n.equals(INDEXING)).map(Scenarios::named).map(s -> s.withSteps(options.steps())).toList();
    }

    /** The steps (vehicles) of the indexing scenario, when it was asked for by name; none otherwise. */
    public static List<Integer> indexingSteps(BenchOptions options) {
        if (options.quick() || !options.scenarios().contains(INDEXING)) {
            return List.of();
        }
        return options.steps().isEmpty() ? INDEXING_STEPS : options.steps();
    }

    private static Scenario named(String name) {
        return switch (name) {
            case "fleet" -> FLEET;
            case "seed" -> SEED;
            case "fanout" -> FANOUT;
            default -> throw new IllegalArgumentException("unknown scenario " + name);
        };
    }
}
