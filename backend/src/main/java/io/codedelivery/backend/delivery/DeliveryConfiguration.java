package io.codedelivery.backend.delivery;

import io.codedelivery.backend.messaging.DeadLetters;
import io.codedelivery.backend.messaging.EventPublisher;
import io.codedelivery.backend.messaging.KafkaSettings;
import io.codedelivery.backend.messaging.PublishFailedException;
import io.codedelivery.backend.messaging.RetryPolicy;
import io.codedelivery.backend.messaging.WorkConsumer;
import io.codedelivery.backend.route.RouteCatalogue;
import io.codedelivery.contracts.PositionReported;
import io.codedelivery.contracts.Topics;
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
            DeliveryRepository deliveries, RouteCatalogue routes, EventPublisher publisher, MeterRegistry meters,
            Clock clock) {
        RecordDeliveryProgress progress = new RecordDeliveryProgress(deliveries, routes, publisher, clock);
        // while MongoDB or the broker is away a status change waits for it; anything else is tried
        // five times, then parked
        RetryPolicy retries = new RetryPolicy(5, Duration.ofMillis(500), Duration.ofSeconds(5),
                failure -> DeliveryRepository.isUnavailable(failure) || failure instanceof PublishFailedException);
        return new WorkConsumer<>(settings, STATUS_GROUP, Topics.POSITION_REPORTED, deadLetters, retries, meters,
                clock, progress::apply);
    }
}
