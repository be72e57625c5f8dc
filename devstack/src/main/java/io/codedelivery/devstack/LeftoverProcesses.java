package io.codedelivery.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Remembers the pids of the processes a run started, so that the next run can stop any that an
 * earlier run left behind (when it was killed before it could stop them itself).
 */
final class LeftoverProcesses {

    private final Path folder;

    LeftoverProcesses(Path folder) {
        this.folder = folder;
    }

    void remember(String name, long pid) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(name + ".pid"), Long.toString(pid));
    }

    /** Stops every remembered process that still runs and is one of ours; returns their names. */
    List<String> stopAll() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".pid")).filter(this::stopIfOurs)
                    .map(f -> f.getFileName().toString().replace(".pid", "")).toList();
        }
    }

    private boolean stopIfOurs(Path pidFile) {
        try {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            Files.delete(pidFile);
            return ProcessHandle.of(pid)
                    .filter(p -> p.info().commandLine().orElse("").contains(ChildProcess.MARKER))
                    .map(LeftoverProcesses::stop)
                    .orElse(false);
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }

    private static boolean stop(ProcessHandle process) {
        process.destroy();
        try {
            process.onExit().get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
        }
        return true;
    }
}
