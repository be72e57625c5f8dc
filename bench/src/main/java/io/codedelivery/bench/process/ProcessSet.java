package io.codedelivery.bench.process;

import io.codedelivery.bench.report.ProcessUsage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The processes of a stack and the driver, sampled at a window's start and end. */
public final class ProcessSet {

    private final Map<String, Long> pids;
    private final Map<String, ProcessProbe.Sample> atStart = new LinkedHashMap<>();
    private long startNanos;

    public ProcessSet(Map<String, Long> stackPids) {
        this.pids = new LinkedHashMap<>(stackPids);
        this.pids.put("driver", ProcessHandle.current().pid());
    }

    public void start() {
        atStart.clear();
        startNanos = System.nanoTime();
        pids.forEach((name, pid) -> ProcessProbe.sample(pid).ifPresent(s -> atStart.put(name, s)));
    }

    public List<ProcessUsage> stop() {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        List<ProcessUsage> usage = new ArrayList<>();
        pids.forEach((name, pid) -> ProcessProbe.sample(pid).ifPresent(end -> {
            ProcessProbe.Sample begin = atStart.getOrDefault(name, end);
            double cpu = end.cpuSeconds() - begin.cpuSeconds();
            usage.add(new ProcessUsage(name, pid, round(cpu), round(100 * cpu / seconds), end.peakRssKb() / 1024));
        }));
        return usage;
    }

    public Map<String, Long> pids() {
        return pids;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
