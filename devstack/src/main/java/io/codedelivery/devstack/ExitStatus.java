package io.codedelivery.devstack;

import java.util.Map;

/** Says how a process ended, from its exit value (128 + the signal's number when a signal ended it). */
final class ExitStatus {

    private static final Map<Integer, String> SIGNALS = Map.of(
            1, "SIGHUP", 2, "SIGINT", 3, "SIGQUIT", 6, "SIGABRT", 9, "SIGKILL", 11, "SIGSEGV", 15, "SIGTERM");

    private ExitStatus() {
    }

    static String describe(int exitValue) {
        int signal = exitValue - 128;
        if (signal >= 1 && signal <= 64) {
            return "exit code " + exitValue + ", killed by " + SIGNALS.getOrDefault(signal, "signal " + signal);
        }
        return "exit code " + exitValue;
    }
}
