package io.codedelivery.backend.tracking;

import io.codedelivery.backend.messaging.BroadcastConsumer;
import io.codedelivery.backend.messaging.KafkaSettings;
import io.codedelivery.contracts.PositionReported;
import io.codedelivery.contracts.Topics;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TrackingConfiguration {

    @Bean
    LiveFleet liveFleet() {
        return new LiveFleet();
    }

    @Bean
    BroadcastConsumer<PositionReported> positionBroadcast(KafkaSettings kafka, TrackingSettings settings, Clock clock,
            LiveFleet fleet) {
        return new BroadcastConsumer<>(kafka, Topics.POSITION_REPORTED, settings.replayWindow(),
                settings.partitionCheck(), clock, fleet::apply);
    }
}
