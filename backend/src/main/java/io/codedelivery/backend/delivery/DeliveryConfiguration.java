package io.codedelivery.backend.delivery;

import io.codedelivery.backend.messaging.DeadLetters;
import io.codedelivery.backend.messaging.KafkaSettings;
import io.codedelivery.backend.messaging.WorkConsumer;
import io.codedelivery.contracts.PositionReported;
import io.codedelivery.contracts.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DeliveryConfiguration {

    static final String STATUS_GROUP = "codedelivery-backend-delivery-status";

    @Bean
    WorkConsumer<PositionReported> deliveryProgressConsumer(KafkaSettings settings, DeadLetters deadLetters,
            DeliveryRepository deliveries, MeterRegistry meters) {
        RecordDeliveryProgress progress = new RecordDeliveryProgress(deliveries);
        return new WorkConsumer<>(settings, STATUS_GROUP, Topics.POSITION_REPORTED, deadLetters, meters, progress::apply);
    }
}
