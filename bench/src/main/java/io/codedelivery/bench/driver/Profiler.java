package io.codedelivery.bench.driver;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** Java Flight Recordings of the stack's JVMs and the driver over one window, through {@code jcmd}. */
public final class Profiler {

    private Profiler() {
    }

    public static void record(Map<String, Long> pids, Duration window, Path folder, String label) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        pids.forEach((name, pid) -> {
            if (name.equals("kafka") || name.equals("mongo")) {
                return;
            }
            Path file = folder.resolve(name + "-" + label + ".jfr").toAbsolutePath();
            try {
                new ProcessBuilder(jcmd.toString(), Long.toString(pid), "JFR.start", "name=bench-" + label,
                        "settings=profile", "duration=" + window.toSeconds() + "s", "filename=" + file)
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            } catch (IOException e) {
                System.err.println("[bench] cannot profile " + name + ": " + e.getMessage());
            }
        });
    }
}
