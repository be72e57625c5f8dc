package io.codedelivery.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessLogTest {

    @TempDir
    Path logs;

    @Test
    void theOutputBecomesTheFirstKeptOneAndTheOlderOnesMoveDown() throws IOException {
        Path output = logs.resolve("simulator.out");
        Files.writeString(output, "run 3");
        Files.writeString(logs.resolve("simulator.out.1"), "run 2");
        Files.writeString(logs.resolve("simulator.out.2"), "run 1");

        ProcessLog.rotate(output);

        assertThat(output).doesNotExist();
        assertThat(logs.resolve("simulator.out.1")).hasContent("run 3");
        assertThat(logs.resolve("simulator.out.2")).hasContent("run 2");
        assertThat(logs.resolve("simulator.out.3")).hasContent("run 1");
    }

    @Test
    void onlyTheFiveLatestEarlierOutputsAreKept() throws IOException {
        Path output = logs.resolve("kafka.out");
        for (int run = 1; run <= 7; run++) {
            ProcessLog.rotate(output);
            Files.writeString(output, "run " + run);
        }
        ProcessLog.rotate(output);

        assertThat(IntStream.rangeClosed(1, 5).mapToObj(kept -> read(ProcessLog.kept(output, kept))))
                .containsExactly("run 7", "run 6", "run 5", "run 4", "run 3");
        assertThat(ProcessLog.kept(output, 6)).doesNotExist();
    }

    @Test
    void aFirstRunHasNothingToKeep() throws IOException {
        ProcessLog.rotate(logs.resolve("backend.out"));

        assertThat(logs).isEmptyDirectory();
    }

    @Test
    void theLastLinesAreReadFromTheEndOfALargeFile() throws IOException {
        Path output = logs.resolve("backend.out");
        Files.writeString(output, IntStream.rangeClosed(1, 20_000).mapToObj(n -> "line " + n)
                .collect(Collectors.joining("\n", "", "\n")));

        assertThat(ProcessLog.lastLines(output, 3)).containsExactly("line 19998", "line 19999", "line 20000");
    }

    @Test
    void aShortFileGivesAllItsLinesAndAMissingOneNone() throws IOException {
        Path output = logs.resolve("simulator.out");
        Files.writeString(output, "started\r\nfailed");

        assertThat(ProcessLog.lastLines(output, 20)).containsExactly("started", "failed");
        assertThat(ProcessLog.lastLines(logs.resolve("missing.out"), 20)).isEmpty();
    }

    @Test
    void aVeryLongLineIsCut() throws IOException {
        Path output = logs.resolve("backend.out");
        Files.writeString(output, "x".repeat(1_000));

        assertThat(ProcessLog.lastLines(output, 1)).singleElement()
                .isEqualTo("x".repeat(600) + " ... (400 more characters)");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
