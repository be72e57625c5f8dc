package io.codedelivery.simulator.streams;

import org.apache.kafka.streams.KafkaStreams.State;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Part of liveness: Kafka Streams has not given up. In ERROR it has no thread left and never
 * recovers in this process, so restarting the instance is the cure; anything else (rebalancing, a
 * broker away) is readiness's business.
 */
@Component("streamThreads")
class StreamThreadsHealthIndicator implements HealthIndicator {

    private final SimulatorStreams streams;

    StreamThreadsHealthIndicator(SimulatorStreams streams) {
        this.streams = streams;
    }

    @Override
    public Health health() {
        return health(streams.state());
    }

    static Health health(State state) {
        boolean gaveUp = state == State.ERROR || state == State.PENDING_ERROR;
        return (gaveUp ? Health.down() : Health.up()).withDetail("state", state.name()).build();
    }
}
