package io.codedelivery.bench.scenario;

import io.codedelivery.bench.BenchOptions;
import io.codedelivery.bench.kafka.QuietTopic;
import io.codedelivery.bench.stack.LocalStack;
import io.codedelivery.bench.stack.RunningStack;
import io.codedelivery.bench.stack.Stack;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Gives each step a stack with no deliveries in flight: a fresh one from the jars, or the running
 * one once the previous step's deliveries have finished (no position for a while).
 */
public final class StackSource {

    private final BenchOptions options;
    private boolean runningUsed;

    public StackSource(BenchOptions options) {
        this.options = options;
    }

    public Stack open(Path stepDir) {
        return switch (options.target()) {
            case BenchOptions.LocalJars jars -> LocalStack.start(jars, stepDir, options.speedMps());
            case BenchOptions.Running running -> {
                if (runningUsed) {
                    QuietTopic.await(running.bootstrap());
                }
                runningUsed = true;
                yield new RunningStack(running);
            }
        };
    }

    /** A folder of its own for each step's logs and data, never one an earlier run left. */
    public Path stepDir(String scenario, int vehicles) {
        Path dir = options.workDir().resolve(scenario + "-" + vehicles);
        for (int run = 2; Files.exists(dir); run++) {
            dir = options.workDir().resolve(scenario + "-" + vehicles + "-" + run);
        }
        return dir;
    }

    public String describe() {
        return switch (options.target()) {
            case BenchOptions.LocalJars jars -> "fresh stack per step from " + jars.backendJar() + " and " + jars.simulatorJar();
            case BenchOptions.Running running -> "running stack " + running.backend() + ", " + running.simulator() + ", " + running.bootstrap();
        };
    }
}
