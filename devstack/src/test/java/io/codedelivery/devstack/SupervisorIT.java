package io.codedelivery.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The supervisor watching real child JVMs ({@link FakePart}), killed as {@code kill -9} would. */
class SupervisorIT {

    private static final Duration BOUND = Duration.ofSeconds(60);
    private static final Pattern DELAY = Pattern.compile("starting part again in (\\S+ m?s) \\(attempt");

    @TempDir
    Path home;

    private final List<String> printed = new CopyOnWriteArrayList<>();
    private final Deque<AutoCloseable> opened = new ArrayDeque<>();

    @AfterEach
    void stopEverything() throws Exception {
        while (!opened.isEmpty()) {
            opened.removeLast().close(); // the supervisor first, then its parts
        }
    }

    @Test
    void aKilledPartIsReportedWithItsLastLinesAndStartedAgainWithItsEarlierOutputKept() throws Exception {
        Path output = home.resolve("logs").resolve("part.out");
        Supervisor supervisor = supervisor(new Backoff.Policy(Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofMinutes(1)));
        ChildProcess first = start("serve", output);
        SupervisedPart part = watched(supervisor.watch("part", first, () -> start("serve", output)));

        ProcessHandle.of(first.pid()).orElseThrow().destroyForcibly();

        await().atMost(BOUND).until(() -> printed.stream().anyMatch(line -> line.startsWith("[codedelivery] ready    part again")));
        int died = printed.indexOf("[codedelivery] part died (exit code 137, killed by SIGKILL); last lines of " + output + ":");
        assertThat(died).as(String.join("\n", printed)).isNotNegative();
        assertThat(printed.subList(died + 1, died + 21)).as("the last 20 lines, indented")
                .startsWith("    line 12 of pid " + first.pid()).endsWith("    ready pid " + first.pid());
        assertThat(printed.get(died + 21)).isEqualTo("[codedelivery] starting part again in 100 ms (attempt 1); output in "
                + output + ", the previous run's in part.out.1");
        assertThat(printed.get(died + 22)).matches("\\[codedelivery] ready    part again \\(pid " + part.pid()
                + "\\), down for \\d+(\\.\\d)? m?s");
        assertThat(part.pid()).isNotEqualTo(first.pid());
        assertThat(part.isAlive()).isTrue();
        assertThat(ProcessLog.kept(output, 1)).content().contains("ready pid " + first.pid());
        assertThat(output).content().contains("ready pid " + part.pid()).doesNotContain("of pid " + first.pid() + "\n");
        assertThat(home.resolve("pids").resolve("part.pid")).hasContent(Long.toString(part.pid()));
    }

    @Test
    void aPartThatKeepsDyingIsStartedAgainAfterLongerAndLongerDelays() throws Exception {
        Path output = home.resolve("logs").resolve("part.out");
        Supervisor supervisor = supervisor(new Backoff.Policy(Duration.ofMillis(50), Duration.ofMillis(400), Duration.ofMinutes(1)));
        ChildProcess first = start("serve", output);
        watched(supervisor.watch("part", first, () -> start("die", output)));

        ProcessHandle.of(first.pid()).orElseThrow().destroyForcibly();

        await().atMost(BOUND).until(() -> delays().size() >= 6);
        supervisor.close();
        assertThat(delays()).as(String.join("\n", printed)).startsWith("50 ms", "100 ms", "200 ms", "400 ms", "400 ms");
        assertThat(printed).as("each attempt that ended is said, with how")
                .filteredOn(line -> line.contains("died (exit code 3)") || line.contains("exited with 3"))
                .hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void onceSupervisionStopsADeadPartIsNotStartedAgain() throws Exception {
        Path output = home.resolve("logs").resolve("part.out");
        Supervisor supervisor = supervisor(new Backoff.Policy(Duration.ofMinutes(1), Duration.ofMinutes(1), Duration.ofMinutes(1)));
        ChildProcess first = start("serve", output);
        SupervisedPart part = watched(supervisor.watch("part", first, () -> start("serve", output)));
        ProcessHandle.of(first.pid()).orElseThrow().destroyForcibly();
        await().atMost(BOUND).until(() -> !delays().isEmpty());

        supervisor.close();

        assertThat(delays()).containsExactly("60 s");
        assertThat(part.pid()).isEqualTo(first.pid());
        assertThat(part.isAlive()).isFalse();
    }

    private Supervisor supervisor(Backoff.Policy policy) {
        Supervisor supervisor = new Supervisor(new Progress(printed::add), new LeftoverProcesses(home.resolve("pids")), policy,
                InstantSource.system());
        opened.addFirst(supervisor);
        return supervisor;
    }

    private SupervisedPart watched(SupervisedPart part) {
        opened.addFirst(part);
        return part;
    }

    private static ChildProcess start(String mode, Path output) {
        List<String> arguments = List.of("-Xms8m", "-Xmx32m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), FakePart.class.getName(), mode, "3");
        ChildProcess part = ChildProcess.startJava("part", arguments, Map.of(), output);
        try {
            part.awaitReady(() -> part.outputContains("ready pid"), BOUND);
            return part;
        } catch (RuntimeException e) {
            part.close();
            throw e;
        }
    }

    private List<String> delays() {
        return printed.stream().map(DELAY::matcher).filter(Matcher::find).map(m -> m.group(1)).toList();
    }
}
