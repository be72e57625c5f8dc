package io.codedelivery.simulator.streams;

import org.apache.kafka.streams.KafkaStreams.State;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** Up while Kafka Streams is running or rebalancing; down once it has stopped or failed. */
@Component("kafkaStreams")
class KafkaStreamsHealthIndicator implements HealthIndicator {
    private final SimulatorStreams streams;

    KafkaStreamsHealthIndicator(SimulatorStreams streams) {
        this.streams = streams;
    }

    @Override
    public Health health() {
        State state = streams.state();
        Health.Builder builder = state == State.RUNNING || state == State.REBALANCING ? Health.up() : Health.down();
        return builder.withDetail("state", state.name()).build();
    }
}
