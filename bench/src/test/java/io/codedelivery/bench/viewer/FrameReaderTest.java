package io.codedelivery.bench.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import org.HdrHistogram.Recorder;
import org.junit.jupiter.api.Test;

class FrameReaderTest {

    private static final long EMIT = 1_764_079_203_500L;
    private final Recorder latency = new Recorder(3);

    @Test
    void readsVersion1RowsAndCountsCoalescedPositions() {
        ViewerTally fleet = open(null);
        FrameReader.read("{\"type\":\"snapshot\",\"v\":1,\"scope\":{\"kind\":\"fleet\"},\"positions\":[[\"a\",\"broadway\",6,40.7,-73.9," + EMIT + "]]}",
                micros(EMIT + 5), fleet);
        FrameReader.read("{\"type\":\"positions\",\"positions\":[[\"a\",\"broadway\",7,40.73301,-73.99559," + EMIT
                + "],[\"b\",\"houston\",0,40.7,-74.0," + EMIT + "]]}", micros(EMIT + 20), fleet);
        FrameReader.read("{\"type\":\"positions\",\"coalesced\":3,\"positions\":[[\"a\",\"broadway\",11,40.7,-73.9," + (EMIT + 2000) + "]]}",
                micros(EMIT + 2010), fleet);

        ViewerTally.Summary summary = fleet.summary();
        assertThat(summary.protocol()).isEqualTo("v1");
        assertThat(summary.delivered()).isEqualTo(3);
        assertThat(summary.coalesced()).isEqualTo(3);
        assertThat(summary.gaps()).isEqualTo(3);
        assertThat(summary.keepsUp()).isFalse();
        assertThat(latency.getIntervalHistogram().getMaxValue()).isBetween(19_000L, 21_000L);
    }

    @Test
    void readsLegacyObjectsWithIsoEmitTimes() {
        ViewerTally fleet = open(null);
        FrameReader.read("{\"type\":\"snapshot\",\"positions\":[]}", micros(EMIT), fleet);
        FrameReader.read("{\"type\":\"positions\",\"positions\":[" + legacy("a", 7, "2025-11-25T14:00:03.5Z") + ","
                + legacy("a", 8, "2025-11-25T14:00:04Z") + "," + legacy("a", 8, "2025-11-25T14:00:04Z") + "]}", micros(EMIT), fleet);

        ViewerTally.Summary summary = fleet.summary();
        assertThat(summary.protocol()).isEqualTo("legacy");
        assertThat(summary.delivered()).isEqualTo(2);
        assertThat(summary.duplicates()).isEqualTo(1);
        assertThat(summary.gaps()).isZero();
    }

    @Test
    void aViewerOfOneDeliveryReadsOnlyItsRowsAndCountsFramesWithoutThem() {
        ViewerTally mine = open("a");
        FrameReader.read("{\"type\":\"positions\",\"positions\":[" + legacy("b", 1, "2025-11-25T14:00:03.500Z") + "]}", micros(EMIT), mine);
        FrameReader.read("{\"type\":\"positions\",\"positions\":[" + legacy("b", 2, "2025-11-25T14:00:03.500Z") + ","
                + legacy("a", 4, "2025-11-25T14:00:03.500Z") + "]}", micros(EMIT), mine);
        FrameReader.read("{\"type\":\"positions\",\"positions\":[[\"a\",\"broadway\",5,40.7,-73.9," + EMIT + "]]}", micros(EMIT), mine);

        ViewerTally.Summary summary = mine.summary();
        assertThat(summary.delivered()).isEqualTo(2);
        assertThat(summary.foreignFrames()).isEqualTo(1);
        assertThat(summary.frames()).isEqualTo(3);
    }

    @Test
    void isoTimesReadToTheMillisecond() {
        assertThat(PositionScanner.isoMillis("\"2025-11-25T14:00:03.5Z\"", 1)).isEqualTo(EMIT);
        assertThat(PositionScanner.isoMillis("2025-11-25T14:00:03.500123Z", 0)).isEqualTo(EMIT);
        assertThat(PositionScanner.isoMillis("2025-11-25T14:00:03Z", 0)).isEqualTo(EMIT - 500);
    }

    private ViewerTally open(String focus) {
        ViewerTally tally = new ViewerTally(focus, latency);
        tally.connected();
        tally.open(new Window(0, Long.MAX_VALUE));
        return tally;
    }

    private static String legacy(String id, long seq, String emittedAt) {
        return "{\"deliveryId\":\"" + id + "\",\"routeId\":\"broadway\",\"seq\":" + seq
                + ",\"lat\":40.73301,\"lng\":-73.99559,\"finished\":false,\"emittedAt\":\"" + emittedAt + "\"}";
    }

    private static long micros(long epochMs) {
        return epochMs * 1000;
    }
}
