package io.codedelivery.bench.report;

/**
 * The viewers of one kind ({@code fleet} or {@code delivery}) in one window. A viewer keeps up when it
 * was never coalesced, resynced or closed and had received every position of the window by the end
 * of the drain ({@code behind}: viewers that were none of the first three but had not); gaps and duplicates are counted over those only, and
 * {@code laggingGaps} over the others, where gaps are expected. {@code received}: positions emitted in the
 * window that any of them received; {@code delivered} and {@code expected}
 * are positions emitted in the window that the keeping-up viewers received, and that were produced
 * for what they watch. {@code foreignFrames} are positions frames a delivery viewer got without its delivery in them.
 */
public record ViewerGroupResult(
        String kind, String protocol, int viewers, int connected, int keepingUp, long received, long delivered, long expected,
        double framesPerViewerPerSecond, double bytesPerViewerPerSecond, long coalesced, long resyncs, long closed, long behind,
        long gaps, long duplicates, long laggingGaps, long foreignFrames, Latency latency) {
}
