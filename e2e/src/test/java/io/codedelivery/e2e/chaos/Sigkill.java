package io.codedelivery.e2e.chaos;

import java.util.concurrent.TimeUnit;

/** SIGKILL: no shutdown hook, no graceful close, no leaving the consumer group. */
final class Sigkill {

    private Sigkill() {
    }

    static void kill(long pid) {
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException(pid + " is not running"));
        process.destroyForcibly();
        try {
            process.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("process " + pid + " did not die from SIGKILL", e);
        }
    }
}
