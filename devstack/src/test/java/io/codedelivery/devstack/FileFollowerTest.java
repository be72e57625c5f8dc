package io.codedelivery.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileFollowerTest {

    @TempDir
    Path folder;

    private final List<String> lines = new ArrayList<>();

    @Test
    void readsOnlyCompleteLinesAndEachOnce() throws Exception {
        Path file = folder.resolve("backend.out");
        try (FileFollower follower = new FileFollower("backend", file, 1000)) {
            follower.readNewLines(lines::add);
            assertThat(lines).isEmpty();
            Files.writeString(file, "one\ntw");
            follower.readNewLines(lines::add);
            assertThat(lines).containsExactly("one");
            Files.writeString(file, "o\n\nthree\n", StandardOpenOption.APPEND);
            follower.readNewLines(lines::add);
            follower.readNewLines(lines::add);
            assertThat(lines).containsExactly("one", "two", "three");
        }
    }

    @Test
    void aRotatedFileIsReadToItsEndThenTheNewOneFromItsStart() throws Exception {
        Path file = folder.resolve("backend.out");
        try (FileFollower follower = new FileFollower("backend", file, 1000)) {
            Files.writeString(file, "first run 1\n");
            follower.readNewLines(lines::add);
            Files.writeString(file, "first run 2\n", StandardOpenOption.APPEND);
            ProcessLog.rotate(file);
            Files.writeString(file, "second run 1\n");
            follower.readNewLines(lines::add);
            assertThat(lines).containsExactly("first run 1", "first run 2", "second run 1");
        }
    }

    @Test
    void aLineLongerThanTheLimitIsCutAndSaysSo() throws Exception {
        Path file = folder.resolve("backend.out");
        Files.writeString(file, "{\"message\":\"" + "x".repeat(100) + "\"}\nnext\n");
        try (FileFollower follower = new FileFollower("backend", file, 20)) {
            follower.readNewLines(lines::add);
        }
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("(line cut at 20 bytes) {\"message\":\"xxxxxxx");
        assertThat(LogShipper.asEcs("backend", "backend", lines.get(0))).startsWith("{\"@timestamp\":");
        assertThat(lines.get(1)).isEqualTo("next");
    }

    @Test
    void aServicesJsonLineGoesAsItIsAndAnyOtherLineIsWrappedAsEcs() {
        String json = "{\"@timestamp\":\"2026-11-26T10:00:00Z\",\"message\":\"hello\"}";
        assertThat(LogShipper.asEcs("backend", "backend", json)).isEqualTo(json);
        assertThat(LogShipper.asEcs("simulator", "simulator", "WARNING: a \"restricted\" method\tcalled"))
                .contains("\"service\":{\"name\":\"codedelivery-simulator\",")
                .contains("\"message\":\"WARNING: a \\\"restricted\\\" method\\tcalled\"");
    }

    @Test
    void aWrappedLineNamesTheReplicaThatPrintedIt() {
        assertThat(LogShipper.asEcs("backend", "backend-2", "WARNING: something"))
                .contains("\"service\":{\"name\":\"codedelivery-backend\",\"node\":{\"name\":\"backend-2\"}}");
        try (FileFollower follower = new FileFollower("backend", "backend-2", folder.resolve("backend-2.out"), 1000)) {
            assertThat(follower.service()).isEqualTo("backend");
            assertThat(follower.node()).isEqualTo("backend-2");
        }
    }
}
