package io.codedelivery.backend.tracking;

import io.codedelivery.backend.messaging.BroadcastListener;
import io.codedelivery.backend.messaging.RawRecord;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The live path of positions, one batch (one poll) at a time, through stages listed in order in
 * {@link TrackingConfiguration}. Each stage's time is measured
 * ({@code codedelivery_pipeline_stage_seconds{stage}}).
 */
public final class LivePipeline implements BroadcastListener {

    private final List<PipelineStage> stages;
    private final List<Timer> timers;
    private final LiveFleet fleet;
    private final LiveListener listener;
    private final Clock clock;

    LivePipeline(List<PipelineStage> stages, LiveFleet fleet, LiveListener listener, Clock clock, MeterRegistry meters) {
        this.stages = List.copyOf(stages);
        this.timers = stages.stream().map(stage -> Timer.builder("codedelivery.pipeline.stage")
                .description("time a pipeline stage took per batch").tag("stage", stage.name())
                .register(meters)).toList();
        this.fleet = fleet;
        this.listener = listener;
        this.clock = clock;
    }

    List<String> stageNames() {
        return stages.stream().map(PipelineStage::name).toList();
    }

    @Override
    public void onRecords(List<RawRecord> records, boolean replayed) {
        LiveBatch batch = new LiveBatch(records, replayed, clock.instant());
        for (int i = 0; i < stages.size(); i++) {
            long started = System.nanoTime();
            stages.get(i).process(batch);
            if (!records.isEmpty()) {
                timers.get(i).record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            }
        }
    }

    @Override
    public void onCaughtUp() {
        fleet.markComplete();
        listener.onCaughtUp();
    }
}
