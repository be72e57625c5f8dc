package io.codedelivery.backend.messaging;

import java.util.List;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Part of liveness: every consumer loop's thread is still there. A loop whose thread has ended
 * cannot come back in this process, so restarting the replica is the cure; a loop that is merely
 * failing or behind (the broker is away) is readiness's business, not a reason to restart.
 */
final class ConsumerThreadsHealthIndicator implements HealthIndicator {

    private final List<PollingLoop> loops;

    ConsumerThreadsHealthIndicator(List<PollingLoop> loops) {
        this.loops = loops;
    }

    @Override
    public Health health() {
        List<String> ended = loops.stream().map(PollingLoop::health).filter(h -> !h.isRunning())
                .map(LoopHealth::name).toList();
        return ended.isEmpty() ? Health.up().build() : Health.down().withDetail("ended", ended).build();
    }
}
