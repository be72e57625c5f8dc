package io.codedelivery.bench.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** CPU time (utime + stime, /proc/pid/stat) and peak resident memory (VmHWM, /proc/pid/status) of a process. */
public final class ProcessProbe {

    private static final double CLOCK_TICKS = 100.0;

    private ProcessProbe() {
    }

    public record Sample(double cpuSeconds, long peakRssKb) {
    }

    public static Optional<Sample> sample(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return Optional.of(new Sample(ticks / CLOCK_TICKS, peakRssKb(pid)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static long peakRssKb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.substring(6).trim().split("\\s+")[0]);
            }
        }
        return 0;
    }
}
