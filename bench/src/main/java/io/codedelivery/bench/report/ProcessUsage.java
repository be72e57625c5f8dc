package io.codedelivery.bench.report;

/** One process during one window: CPU seconds used, as % of one core, and its peak RSS since it started. */
public record ProcessUsage(String name, long pid, double cpuSeconds, double cpuPercent, long peakRssMb) {
}
