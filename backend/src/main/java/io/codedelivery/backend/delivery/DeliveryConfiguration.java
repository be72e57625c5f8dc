package io.codedelivery.backend.delivery;

import io.codedelivery.backend.messaging.DeadLetters;
import io.codedelivery.backend.messaging.KafkaSettings;
import io.codedelivery.backend.messaging.WorkConsumer;
import io.codedelivery.contracts.PositionReported;
import io.codedelivery.contracts.Topics;
import io.codedelivery.backend.messaging.RetryPolicy;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DeliveryConfiguration {

    static final String STATUS_GROUP = "codedelivery-backend-delivery-status";

    @Bean
    WorkConsumer<PositionReported> deliveryProgressConsumer(KafkaSettings settings, DeadLetters deadLetters,
            DeliveryRepository deliveries, MeterRegistry meters, Clock clock) {
        RecordDeliveryProgress progress = new RecordDeliveryProgress(deliveries);
        // while MongoDB is away a status change waits for it; anything else is tried five times, then parked
        RetryPolicy retries = new RetryPolicy(5, Duration.ofMillis(500), Duration.ofSeconds(5),
                DeliveryRepository::isUnavailable);
        return new WorkConsumer<>(settings, STATUS_GROUP, Topics.POSITION_REPORTED, deadLetters, retries, meters,
                clock, progress::apply);
    }
}
