package io.codedelivery.devstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** A third-party server of the stack (broker, search engine, Connect worker) in a JVM of its own. */
public abstract class ServerProcess implements AutoCloseable {

    private final ChildProcess process;

    ServerProcess(ChildProcess process) {
        this.process = process;
    }

    /** Waits until {@code ready} holds; stops the server and fails, naming its output, if it does not get there. */
    static <S extends ServerProcess> S awaitReady(S server, BooleanSupplier ready, Duration timeout) {
        try {
            server.process().awaitReady(ready, timeout);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    public long pid() {
        return process.pid();
    }

    public Path output() {
        return process.output();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    ChildProcess process() {
        return process;
    }

    @Override
    public void close() {
        process.close();
    }
}
