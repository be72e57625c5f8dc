package io.codedelivery.simulator.streams;

import org.apache.kafka.streams.KafkaStreams.State;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The readiness of the simulator: up only while Kafka Streams is {@code RUNNING}, that is with its
 * tasks assigned and driving, and its threads are not failing over and over. Down while it is
 * created or rebalancing (right after start it rebalances before it holds any task, so a delivery
 * started then would not move yet), once it has stopped or failed, or when more than
 * {@link StreamThreadFailures#TOLERATED} stream threads failed within {@link StreamThreadFailures#WINDOW},
 * with the last error. Liveness is {@link StreamThreadsHealthIndicator}, which tolerates a rebalance.
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
        boolean running = state == State.RUNNING;
        Health.Builder builder = running && recentFailures <= StreamThreadFailures.TOLERATED ? Health.up() : Health.down();
        builder.withDetail("state", state.name()).withDetail("threadFailuresLast5Minutes", recentFailures);
        if (failures.lastError() != null) {
            builder.withDetail("lastError", failures.lastError());
        }
        return builder.build();
    }
}
