package io.codedelivery.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.codedelivery.bench.report.BenchReport;
import io.codedelivery.bench.report.PhaseResult;
import io.codedelivery.bench.report.StepResult;
import io.codedelivery.bench.report.ViewerGroupResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bench's quick mode against a stack it starts from the executable jars: 30 vehicles, 2 fleet
 * viewers and 5 viewers of one delivery each. It checks that the counts add up, never timing.
 */
class QuickBenchIT {

    private static BenchReport report;
    private static BenchOptions options;
    private static Duration took;

    @BeforeAll
    static void runQuickBench() throws Exception {
        Path out = Path.of("target", "bench-quick");
        options = BenchOptions.parse("--quick").withOutput(out.resolve("quick.json"), out.resolve("run"));
        long start = System.nanoTime();
        report = Bench.run(options);
        took = Duration.ofNanos(System.nanoTime() - start);
        System.out.println("quick bench took " + took.toSeconds() + " s");
    }

    @Test
    void everyDeliveryStartedAndDroveThroughTheWindow() {
        StepResult step = onlyStep();
        assertThat(step.started()).isEqualTo(30);
        assertThat(step.startFailures()).isZero();
        assertThat(onlyPhase().produced()).isGreaterThan(0);
    }

    @Test
    void fleetViewersThatKeptUpGotEveryPositionProducedOnceAndInOrder() {
        ViewerGroupResult fleet = group("fleet");
        assertThat(fleet.connected()).isEqualTo(2);
        assertThat(fleet.keepingUp()).isPositive();
        assertThat(fleet.expected()).isEqualTo(fleet.keepingUp() * onlyPhase().produced());
        assertThat(fleet.delivered()).isEqualTo(fleet.expected());
        assertThat(fleet.gaps()).isZero();
        assertThat(fleet.duplicates()).isZero();
    }

    @Test
    void deliveryViewersGotEveryPositionOfTheirDeliveryAndNothingElse() {
        ViewerGroupResult delivery = group("delivery");
        assertThat(delivery.connected()).isEqualTo(5);
        assertThat(delivery.keepingUp()).isPositive();
        assertThat(delivery.expected()).isGreaterThan(0);
        assertThat(delivery.delivered()).isEqualTo(delivery.expected());
        assertThat(delivery.gaps()).isZero();
        assertThat(delivery.duplicates()).isZero();
        assertThat(delivery.foreignFrames()).isZero();
    }

    @Test
    void theBackendSpeaksViewerProtocolVersion1() {
        assertThat(onlyPhase().groups()).extracting(ViewerGroupResult::protocol).containsOnly("v1");
    }

    @Test
    void everyProcessWasMeasured() {
        assertThat(onlyPhase().processes()).extracting(u -> u.name())
                .contains("kafka", "mongo", "simulator", "backend", "driver");
    }

    @Test
    void theTableAndTheJsonWereWritten() throws Exception {
        assertThat(Files.readString(options.json())).contains("\"scenarios\"", "\"delivered\"");
        assertThat(Files.readString(options.table())).contains("quick", "capacity");
    }

    private static StepResult onlyStep() {
        assertThat(report.scenarios()).hasSize(1);
        assertThat(report.scenarios().getFirst().steps()).hasSize(1);
        return report.scenarios().getFirst().steps().getFirst();
    }

    private static PhaseResult onlyPhase() {
        List<PhaseResult> phases = onlyStep().phases();
        assertThat(phases).hasSize(1);
        return phases.getFirst();
    }

    private static ViewerGroupResult group(String kind) {
        return onlyPhase().groups().stream().filter(g -> g.kind().equals(kind)).findFirst().orElseThrow();
    }
}
