package io.codedelivery.devstack;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * One part of the stack in a process of its own, watched by a thread of the {@link Supervisor}:
 * when the process exits while the stack runs, it says so with the last lines of its output and
 * starts the part again (same ports, environment and data), waiting longer after each attempt.
 */
final class SupervisedPart implements AutoCloseable {

    private static final int LAST_LINES = 20;
    // Ctrl-C reaches every process of the terminal: a part ended by it is no death to report
    private static final Duration STOP_GRACE = Duration.ofMillis(250);

    private final String name;
    private final Callable<ChildProcess> start;
    private final Backoff backoff;
    private final Supervisor.Context context;
    private volatile ChildProcess current;

    SupervisedPart(String name, ChildProcess started, Callable<ChildProcess> start, Backoff backoff,
            Supervisor.Context context) {
        this.name = name;
        this.current = started;
        this.start = start;
        this.backoff = backoff;
        this.context = context;
    }

    /** Watches the part until supervision stops; run by the part's own thread. */
    void watch() {
        try {
            while (true) {
                int exitValue = current.awaitExit();
                if (context.stopped().await(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                    return;
                }
                Instant diedAt = context.clock().instant();
                Path output = current.output();
                context.progress().say(name + " died (" + ExitStatus.describe(exitValue) + "); last lines of " + output + ":",
                        orNone(ProcessLog.lastLines(output, LAST_LINES)));
                startAgain(diedAt);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // supervision stops
        } catch (RuntimeException e) {
            context.progress().say("stopped watching " + name + " after an unexpected error: " + e);
        }
    }

    /** Attempts to start the part until one gets it ready; each attempt is said, none is given up. */
    private void startAgain(Instant diedAt) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            Duration delay = backoff.nextDelay();
            Path output = current.output();
            context.progress().say("starting " + name + " again in " + Progress.duration(delay) + " (attempt " + attempt
                    + "); output in " + output + ", the previous run's in " + ProcessLog.kept(output, 1).getFileName());
            if (context.stopped().await(delay.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new InterruptedException("supervision stopped");
            }
            if (tryStart(attempt)) {
                context.progress().say("ready    " + name + " again (pid " + current.pid() + "), down for "
                        + Progress.duration(Duration.between(diedAt, context.clock().instant())));
                return;
            }
        }
    }

    private boolean tryStart(int attempt) throws InterruptedException {
        ChildProcess started;
        try {
            started = start.call();
        } catch (Exception e) {
            if (context.stopped().getCount() == 0 || Thread.interrupted()) {
                throw new InterruptedException("supervision stopped");
            }
            context.progress().say(name + " did not start (attempt " + attempt + "): " + e.getMessage());
            return false;
        }
        current = started;
        backoff.ready();
        context.remember(name, started.pid());
        return true;
    }

    private static List<String> orNone(List<String> lines) {
        return lines.isEmpty() ? List.of("(no output)") : lines;
    }

    long pid() {
        return current.pid();
    }

    boolean isAlive() {
        return current.isAlive();
    }

    /** Stops the part's current process; stop the {@link Supervisor} first, or it would start it again. */
    @Override
    public void close() {
        current.close();
    }
}
