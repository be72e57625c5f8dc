package io.codedelivery.backend.tracking;

import io.codedelivery.backend.messaging.BroadcastConsumer;
import io.codedelivery.backend.messaging.KafkaSettings;
import io.codedelivery.contracts.Topics;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TrackingConfiguration {

    @Bean
    LiveFleet liveFleet(TrackingSettings settings, MeterRegistry meters) {
        LiveFleet fleet = new LiveFleet(settings.trailPoints());
        Gauge.builder("codedelivery.live.deliveries", fleet, LiveFleet::size)
                .description("deliveries in flight on the live map").register(meters);
        return fleet;
    }

    /** The live path, in order. Stages to come (ETA, geofences) go between announcing removals and the fan-out. */
    @Bean
    LivePipeline livePipeline(LiveFleet fleet, LiveListener subscribers, TrackingSettings settings, Clock clock,
            MeterRegistry meters) {
        PositionOutcomes outcomes = new PositionOutcomes(meters);
        List<PipelineStage> stages = List.of(
                new DecodePositions(outcomes),
                new DropStalePositions(fleet, settings.maxSeqJump(), settings.maxClockSkew(), outcomes),
                new UpdateLiveFleet(fleet),
                new AnnounceRemovals(fleet, settings.silenceLimit(), settings.sweepInterval()),
                new FanOut(subscribers),
                new CountPositions(outcomes, clock));
        return new LivePipeline(stages, fleet, subscribers, clock, meters);
    }

    @Bean
    BroadcastConsumer positionBroadcast(KafkaSettings kafka, TrackingSettings settings, Clock clock,
            MeterRegistry meters, LivePipeline pipeline) {
        return new BroadcastConsumer(kafka, Topics.POSITION_REPORTED, settings.replayWindow(),
                settings.partitionCheck(), clock, meters, pipeline);
    }

    @Bean
    ReplayHealthIndicator replayHealthIndicator(LiveFleet fleet) {
        return new ReplayHealthIndicator(fleet);
    }
}
