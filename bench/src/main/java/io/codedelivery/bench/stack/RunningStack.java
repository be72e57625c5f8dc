package io.codedelivery.bench.stack;

import io.codedelivery.bench.BenchOptions;
import io.codedelivery.bench.process.ListeningProcess;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A stack someone else started. Its processes are found by the loopback ports they listen on
 * (the MongoDB wire server cannot be told apart, so it is not measured). Closing it stops nothing.
 */
public final class RunningStack implements Stack {

    private final BenchOptions.Running target;
    private final Map<String, Long> pids = new LinkedHashMap<>();

    public RunningStack(BenchOptions.Running target) {
        this.target = target;
        String broker = target.bootstrap().split(",")[0];
        find("kafka", Integer.parseInt(broker.substring(broker.lastIndexOf(':') + 1)));
        find("simulator", port(target.simulator()));
        find("backend", port(target.backend()));
    }

    private void find(String name, int port) {
        ListeningProcess.pidOf(port).ifPresent(pid -> pids.put(name, pid));
    }

    private static int port(URI uri) {
        return uri.getPort() > 0 ? uri.getPort() : 80;
    }

    @Override
    public URI backend() {
        return target.backend();
    }

    @Override
    public URI simulator() {
        return target.simulator();
    }

    @Override
    public String bootstrap() {
        return target.bootstrap();
    }

    @Override
    public Map<String, Long> processes() {
        return pids;
    }

    @Override
    public void close() {
    }
}
