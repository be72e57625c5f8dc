package io.codedelivery.bench.report;

/** Raw Kafka on the same broker: records of a position's size at the step's rate, produce time to consume time. */
public record Baseline(double ratePerSecond, int recordBytes, long sent, long received, Latency latency) {
}
