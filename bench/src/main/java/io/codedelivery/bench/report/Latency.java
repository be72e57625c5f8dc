package io.codedelivery.bench.report;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;
import org.HdrHistogram.Histogram;

/**
 * A latency distribution in milliseconds, read from an HdrHistogram recorded in microseconds;
 * {@code hdr} is the histogram itself (compressed, base64) for tools that want more than these percentiles.
 */
public record Latency(long count, double p50, double p95, double p99, double max, String hdr) {

    public static final Latency NONE = new Latency(0, 0, 0, 0, 0, "");

    public static Latency of(Histogram micros) {
        if (micros.getTotalCount() == 0) {
            return NONE;
        }
        ByteBuffer buffer = ByteBuffer.allocate(micros.getNeededByteBufferCapacity());
        int length = micros.encodeIntoCompressedByteBuffer(buffer);
        return new Latency(micros.getTotalCount(), ms(micros.getValueAtPercentile(50)), ms(micros.getValueAtPercentile(95)),
                ms(micros.getValueAtPercentile(99)), ms(micros.getMaxValue()),
                Base64.getEncoder().encodeToString(Arrays.copyOf(buffer.array(), length)));
    }

    private static double ms(long micros) {
        return Math.round(micros / 10.0) / 100.0;
    }
}
