package io.codedelivery.devstack;

import java.util.Locale;
import java.util.concurrent.Callable;

/** What the run command prints while the stack comes up: one line per part, with its time. */
final class Progress {

    private final long startedAt = System.nanoTime();

    <T> T step(String what, Callable<T> action) throws Exception {
        say("starting " + what + " ...");
        long stepStart = System.nanoTime();
        T result = action.call();
        say("ready    " + what + " in " + seconds(stepStart));
        return result;
    }

    void say(String line) {
        System.out.println("[codedelivery] " + line);
    }

    void ready(String line) {
        say(line + " (ready in " + seconds(startedAt) + ")");
    }

    private static String seconds(long since) {
        return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - since) / 1e9);
    }
}
