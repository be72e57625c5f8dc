package io.codedelivery.simulator.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.codedelivery.simulator.driving.DrivingMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.streams.KafkaStreams.State;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

class KafkaStreamsHealthIndicatorTest {

    @Test
    void streamsThatAreNotRunningAreReportedDown() {
        SimulatorProperties properties = new SimulatorProperties(Duration.ofMillis(500), 13.9, 10,
                new SimulatorProperties.Kafka("127.0.0.1:9092", "app", null, 6, (short) 1,
                        Duration.ofSeconds(1), Duration.ofSeconds(1), Map.of()));

        Health health = new KafkaStreamsHealthIndicator(
                new SimulatorStreams(properties, new SimpleMeterRegistry(), DrivingMetrics.NONE, new StreamThreadFailures()),
                new StreamThreadFailures()).health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("state", "NOT_RUNNING");
    }

    @Test
    void readyOnlyWhileRunningThatIsWithTasksAssignedAndDriving() {
        StreamThreadFailures none = new StreamThreadFailures();

        assertThat(KafkaStreamsHealthIndicator.health(State.RUNNING, none).getStatus()).isEqualTo(Status.UP);
        for (State notDriving : new State[] {State.CREATED, State.REBALANCING, State.PENDING_SHUTDOWN,
                State.NOT_RUNNING, State.PENDING_ERROR, State.ERROR}) {
            Health health = KafkaStreamsHealthIndicator.health(notDriving, none);
            assertThat(health.getStatus()).as(notDriving.name()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails()).containsEntry("state", notDriving.name());
        }
    }

    @Test
    void streamThreadsFailingOverAndOverAreReportedDownWithTheLastError() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-25T14:00:00Z"));
        StreamThreadFailures failures = new StreamThreadFailures(clock);
        failures.failed(new IllegalStateException("first"));
        failures.failed(new IllegalStateException("second"));

        assertThat(KafkaStreamsHealthIndicator.health(State.RUNNING, failures).getStatus()).isEqualTo(Status.UP);

        failures.failed(new RecordTooLargeException("the request included a message larger than the max"));
        Health health = KafkaStreamsHealthIndicator.health(State.RUNNING, failures);

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("threadFailuresLast5Minutes", 3)
                .containsEntry("lastError", "org.apache.kafka.common.errors.RecordTooLargeException: "
                        + "the request included a message larger than the max");

        clock.advance(StreamThreadFailures.WINDOW.plusSeconds(1));
        assertThat(KafkaStreamsHealthIndicator.health(State.RUNNING, failures).getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void livenessFailsOnlyWhenKafkaStreamsHasGivenUp() {
        assertThat(StreamThreadsHealthIndicator.health(State.ERROR).getStatus()).isEqualTo(Status.DOWN);
        assertThat(StreamThreadsHealthIndicator.health(State.REBALANCING).getStatus()).isEqualTo(Status.UP);
        assertThat(StreamThreadsHealthIndicator.health(State.RUNNING).getStatus()).isEqualTo(Status.UP);
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
