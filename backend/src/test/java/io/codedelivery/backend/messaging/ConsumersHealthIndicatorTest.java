package io.codedelivery.backend.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

class ConsumersHealthIndicatorTest {

    private static final Instant START = Instant.parse("2026-11-25T14:00:00Z");
    private static final Duration STUCK_AFTER = Duration.ofSeconds(60);

    private final Loop loop = new Loop();

    @Test
    void aRunningLoopThatKeepsUpIsUp() {
        loop.health().running(true);
        loop.health().roundCompleted(START.plusSeconds(1), true, 0);

        assertThat(healthAt(START.plusSeconds(2)).getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void aLoopThatIsNotRunningIsDown() {
        assertThat(problems(healthAt(START))).containsExactly("work is not running");
    }

    @Test
    void roundsFailingInARowAreDownWithTheError() {
        loop.health().running(true);
        for (int i = 0; i < LoopHealth.FAILURES_BEFORE_DOWN; i++) {
            loop.health().roundFailed(new IllegalStateException("broker gone"));
        }

        assertThat(problems(healthAt(START))).containsExactly(
                "work failed 3 rounds in a row: java.lang.IllegalStateException: broker gone");
    }

    @Test
    void aRecordFailingAgainAndAgainIsDownUntilItIsDealtWith() {
        loop.health().running(true);
        for (int i = 0; i < LoopHealth.FAILURES_BEFORE_DOWN; i++) {
            loop.health().recordFailed(new IllegalStateException("mongo away"));
            loop.health().roundCompleted(START, false, 5);
        }
        assertThat(healthAt(START).getStatus()).isEqualTo(Status.DOWN);

        loop.health().recordDone();
        assertThat(healthAt(START).getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void recordsWaitingWithNoProgressForTooLongAreStuck() {
        loop.health().running(true);
        loop.health().roundCompleted(START, true, 0);
        loop.health().roundCompleted(START.plusSeconds(61), false, 40);
        loop.health().roundCompleted(START.plusSeconds(62), false, 40);

        assertThat(problems(healthAt(START.plusSeconds(62)))).containsExactly("work is stuck 40 records behind");
    }

    @Test
    void aPollThatNeverReturnsIsDown() {
        loop.health().running(true);

        assertThat(problems(healthAt(START.plusSeconds(90)))).containsExactly("work has not completed a poll for 90 s");
    }

    @Test
    void livenessFailsOnlyWhenALoopsThreadHasEnded() {
        loop.health().running(true);
        for (int i = 0; i < LoopHealth.FAILURES_BEFORE_DOWN; i++) {
            loop.health().roundFailed(new IllegalStateException("broker gone"));
        }
        assertThat(new ConsumerThreadsHealthIndicator(List.of(loop)).health().getStatus()).isEqualTo(Status.UP);

        loop.health().running(false);
        Health liveness = new ConsumerThreadsHealthIndicator(List.of(loop)).health();
        assertThat(liveness.getStatus()).isEqualTo(Status.DOWN);
        assertThat(liveness.getDetails()).containsEntry("ended", List.of("work"));
    }

    private Health healthAt(Instant now) {
        return new ConsumersHealthIndicator(List.of(loop), STUCK_AFTER, Clock.fixed(now, ZoneOffset.UTC)).health();
    }

    @SuppressWarnings("unchecked")
    private static List<String> problems(Health health) {
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        return (List<String>) health.getDetails().get("problems");
    }

    private static final class Loop extends PollingLoop {
        Loop() {
            super("work", new SimpleMeterRegistry(), Clock.fixed(START, ZoneOffset.UTC));
        }

        @Override
        protected KafkaConsumer<String, byte[]> open() {
            throw new UnsupportedOperationException("never started");
        }

        @Override
        protected boolean round(KafkaConsumer<String, byte[]> consumer, Duration pollTimeout) {
            return false;
        }
    }
}
