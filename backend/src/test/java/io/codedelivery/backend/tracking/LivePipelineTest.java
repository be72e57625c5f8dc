package io.codedelivery.backend.tracking;

import static io.codedelivery.backend.tracking.LiveBatches.NOW;
import static io.codedelivery.backend.tracking.LiveBatches.position;
import static io.codedelivery.backend.tracking.LiveBatches.records;
import static org.assertj.core.api.Assertions.assertThat;

import io.codedelivery.backend.messaging.RawRecord;
import io.codedelivery.contracts.GoldenSamples;
import io.codedelivery.contracts.JsonCodec;
import io.codedelivery.contracts.PositionReported;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LivePipelineTest {

    private final LiveFleet fleet = new LiveFleet();
    private final RecordingListener listener = new RecordingListener();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final LivePipeline pipeline = new TrackingConfiguration().livePipeline(fleet, listener,
            new TrackingSettings(null, Duration.ofMinutes(5), Duration.ofSeconds(10), null, 7200,
                    Duration.ofSeconds(30), 128),
            Clock.fixed(NOW, ZoneOffset.UTC), meters);

    @Test
    void theStagesRunInTheOrderTheLivePathNeeds() {
        assertThat(pipeline.stageNames()).containsExactly(
                "decode", "drop-stale", "update-fleet", "announce-removals", "fan-out", "metrics");
    }

    @Test
    void livePositionsReachTheListenerOnceAndInOrderThenTheirRemoval() {
        pipeline.onRecords(records(position("d1", 0), position("d1", 1)), false);
        pipeline.onRecords(records(position("d1", 1), position("d1", 2, true, NOW)), false);
        assertThat(listener.positions).extracting(PositionReported::seq).containsExactly(0L, 1L, 2L);
        assertThat(listener.removals).containsExactly(new Removal("d1", Removal.Reason.DELIVERED, 2));
        assertThat(meters.counter("codedelivery.positions", "outcome", "accepted").count()).isEqualTo(3);
    }

    @Test
    void theAgeOfLivePositionsIsMeasuredOnceTheyAreHandedOver() {
        pipeline.onRecords(records(position("d1", 0, false, NOW.minusMillis(300)),
                position("d1", 1, false, NOW.minusMillis(100))), false);
        pipeline.onRecords(records(position("d2", 0, false, NOW.minusSeconds(60))), true);

        Timer age = meters.get("codedelivery.positions.age").timer();
        assertThat(age.count()).as("replayed positions are not live").isEqualTo(2);
        assertThat(age.max(TimeUnit.MILLISECONDS)).isEqualTo(300);
        assertThat(age.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(400);
    }

    @Test
    void replayedPositionsRebuildTheFleetButAreNeverSentAsLive() {
        pipeline.onRecords(records(position("d1", 0), position("d1", 1)), true);
        assertThat(listener.positions).isEmpty();
        assertThat(fleet.latest("d1").seq()).isEqualTo(1);
        assertThat(fleet.trail("d1").size()).as("a replayed drive builds the trail a late viewer gets").isEqualTo(2);
        assertThat(fleet.complete()).isFalse();

        pipeline.onCaughtUp();
        pipeline.onRecords(records(position("d1", 1), position("d1", 2)), false);
        assertThat(fleet.complete()).isTrue();
        assertThat(listener.caughtUp).isTrue();
        assertThat(listener.positions).extracting(PositionReported::seq).containsExactly(2L);
    }

    @Test
    void anUnreadableRecordIsCountedAndTheRestGoOn() {
        List<RawRecord> batch = new ArrayList<>(records(position("d1", 0)));
        batch.add(new RawRecord("d1", "{oops".getBytes(StandardCharsets.UTF_8), "test-0@1"));
        batch.addAll(records(position("d1", 1)));
        pipeline.onRecords(batch, false);
        assertThat(listener.positions).extracting(PositionReported::seq).containsExactly(0L, 1L);
        assertThat(meters.counter("codedelivery.positions", "outcome", "unreadable").count()).isEqualTo(1);
    }

    @Test
    void theGoldenPositionGoesThroughWithEveryFieldIntact() {
        PositionReported golden = JsonCodec.decode(GoldenSamples.positionReported(), PositionReported.class);
        pipeline.onRecords(List.of(new RawRecord(golden.deliveryId(), GoldenSamples.positionReported(), "t-0@0")), false);
        assertThat(listener.positions).containsExactly(golden);
    }

    private static final class RecordingListener implements LiveListener {
        final List<PositionReported> positions = new ArrayList<>();
        final List<Removal> removals = new ArrayList<>();
        boolean caughtUp;

        @Override
        public void onChanges(List<PositionReported> batch, List<Removal> gone) {
            positions.addAll(batch);
            removals.addAll(gone);
        }

        @Override
        public void onCaughtUp() {
            caughtUp = true;
        }
    }
}
