package io.codedelivery.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A server started as a JVM of its own, its output kept in a file under the data folder; the
 * output of earlier runs is kept beside it ({@code name.out.1} the latest, see {@link ProcessLog}).
 * It is marked with a system property so that a later run can find and stop one left behind.
 */
public final class ChildProcess implements AutoCloseable {

    static final String MARKER = "-Dcodedelivery.devstack.child=";
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);

    private static final Object SPAWNING = new Object();
    private static boolean refusing;

    private final String name;
    private final Process process;
    private final Path output;

    private ChildProcess(String name, Process process, Path output) {
        this.name = name;
        this.process = process;
        this.output = output;
    }

    public static ChildProcess startJava(String name, List<String> jvmArgs, Map<String, String> env, Path output) {
        return startJava(name, ownJava(), jvmArgs, env, output);
    }

    private static Path ownJava() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /** As {@link #startJava(String, List, Map, Path)}, on another JDK's {@code java} (OpenSearch 2.x on Java 17). */
    public static ChildProcess startJava(String name, Path java, List<String> jvmArgs, Map<String, String> env,
            Path output) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.add(MARKER + name);
        // only our own JVM's java is known to be 19 or later; the other one is OpenSearch's Java 17
        command.addAll(ClassDataSharing.options(name, java.equals(ownJava())));
        command.addAll(jvmArgs);
        try {
            Files.createDirectories(output.getParent());
            ProcessLog.rotate(output);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(output.toFile()));
            builder.environment().putAll(env);
            synchronized (SPAWNING) {
                if (refusing) {
                    throw new IllegalStateException(name + " is not started: this JVM is stopping");
                }
                return new ChildProcess(name, builder.start(), output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    /**
     * From now on no process is started: a JVM that is stopping can then stop every child it has,
     * with none started behind its back by a thread still starting a part.
     */
    public static void refuseNewProcesses() {
        synchronized (SPAWNING) {
            refusing = true;
        }
    }

    /** Runs a JVM to completion, for one-off tools such as formatting storage. */
    public static void runJava(String name, List<String> jvmArgs, Path output, Duration timeout) {
        try (ChildProcess tool = startJava(name, jvmArgs, Map.of(), output)) {
            if (!tool.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException(name + " did not finish within " + timeout + "; see " + output);
            }
            if (tool.process.exitValue() != 0) {
                throw new IllegalStateException(name + " failed (exit " + tool.process.exitValue() + "); see " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + name, e);
        }
    }

    /** Polls until {@code ready} holds; fails early, naming the log, if the process dies. */
    public void awaitReady(BooleanSupplier ready, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!ready.getAsBoolean()) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + output);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(name + " not ready within " + timeout + "; see " + output);
            }
            pause();
        }
    }

    /** Waits until the process has exited; returns its exit value (128 + the signal's number when a signal ended it). */
    int awaitExit() throws InterruptedException {
        return process.waitFor();
    }

    public boolean outputContains(String text) {
        try {
            return Files.exists(output) && Files.readString(output, StandardCharsets.UTF_8).contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Path output() {
        return output;
    }

    public String name() {
        return name;
    }

    /** Asks the process to stop (SIGTERM), then kills it if it has not stopped in time. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting", e);
        }
    }
}
