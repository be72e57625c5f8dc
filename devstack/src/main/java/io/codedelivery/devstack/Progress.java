package io.codedelivery.devstack;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * What the run command prints while the stack comes up and runs: one line per part, with its time.
 * Lines go to a sink (standard output for the run command, a list in tests), never interleaved.
 */
final class Progress {

    private static final String PREFIX = "[codedelivery] ";
    private static final String INDENT = "    ";

    private final long startedAt = System.nanoTime();
    private final Consumer<String> out;

    Progress() {
        this(System.out::println);
    }

    Progress(Consumer<String> out) {
        this.out = out;
    }

    <T> T step(String what, Callable<T> action) throws Exception {
        say("starting " + what + " ...");
        long stepStart = System.nanoTime();
        T result = action.call();
        say("ready    " + what + " in " + seconds(System.nanoTime() - stepStart));
        return result;
    }

    synchronized void say(String line) {
        out.accept(PREFIX + line);
    }

    /** One line, followed by the details indented beneath it, without another part's line in between. */
    synchronized void say(String line, List<String> details) {
        say(line);
        details.forEach(detail -> out.accept(INDENT + detail));
    }

    void ready(String line) {
        say(line + " (ready in " + seconds(System.nanoTime() - startedAt) + ")");
    }

    /** A duration as people read it: {@code 250 ms}, {@code 4 s}, {@code 12.5 s}. */
    static String duration(Duration duration) {
        if (duration.compareTo(Duration.ofSeconds(1)) < 0) {
            return duration.toMillis() + " ms";
        }
        if (duration.toMillisPart() == 0) {
            return duration.toSeconds() + " s";
        }
        return seconds(duration.toNanos());
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }
}
