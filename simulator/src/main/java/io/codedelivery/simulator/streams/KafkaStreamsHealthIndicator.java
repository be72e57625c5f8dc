package io.codedelivery.simulator.streams;

import org.apache.kafka.streams.KafkaStreams.State;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Up while Kafka Streams is running or rebalancing and its threads are not failing over and over;
 * down once it has stopped or failed, or when more than {@link StreamThreadFailures#TOLERATED}
 * stream threads failed within {@link StreamThreadFailures#WINDOW}, with the last error.
 */
@Component("kafkaStreams")
class KafkaStreamsHealthIndicator implements HealthIndicator {
    private final SimulatorStreams streams;
    private final StreamThreadFailures failures;

    KafkaStreamsHealthIndicator(SimulatorStreams streams, StreamThreadFailures failures) {
        this.streams = streams;
        this.failures = failures;
    }

    @Override
    public Health health() {
        return health(streams.state(), failures);
    }

    static Health health(State state, StreamThreadFailures failures) {
        int recentFailures = failures.recent();
        boolean running = state == State.RUNNING || state == State.REBALANCING;
        Health.Builder builder = running && recentFailures <= StreamThreadFailures.TOLERATED ? Health.up() : Health.down();
        builder.withDetail("state", state.name()).withDetail("threadFailuresLast5Minutes", recentFailures);
        if (failures.lastError() != null) {
            builder.withDetail("lastError", failures.lastError());
        }
        return builder.build();
    }
}
