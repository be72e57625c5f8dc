package io.codedelivery.bench.viewer;

/** A measurement window in epoch milliseconds: positions count when their emit time falls inside it. */
public record Window(long startMs, long endMs) {

    public static final Window NONE = new Window(Long.MAX_VALUE, Long.MAX_VALUE);

    public boolean contains(long epochMs) {
        return epochMs >= startMs && epochMs < endMs;
    }

    public double seconds() {
        return (endMs - startMs) / 1000.0;
    }
}
