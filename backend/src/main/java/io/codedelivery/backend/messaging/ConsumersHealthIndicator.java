package io.codedelivery.backend.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Part of readiness: every consumer loop of this replica is running, completing its polls, getting
 * through its records and not stuck behind. Down, with the reasons, when one is not.
 */
final class ConsumersHealthIndicator implements HealthIndicator {

    private final List<PollingLoop> loops;
    private final Duration stuckAfter;
    private final Clock clock;

    ConsumersHealthIndicator(List<PollingLoop> loops, Duration stuckAfter, Clock clock) {
        this.loops = loops;
        this.stuckAfter = stuckAfter;
        this.clock = clock;
    }

    @Override
    public Health health() {
        Instant now = clock.instant();
        List<String> problems = new ArrayList<>();
        Map<String, Object> details = new LinkedHashMap<>();
        for (PollingLoop loop : loops) {
            LoopHealth health = loop.health();
            details.put(health.name(), health.details());
            String problem = health.problem(now, stuckAfter);
            if (problem != null) {
                problems.add(problem);
            }
        }
        Health.Builder builder = problems.isEmpty() ? Health.up() : Health.down().withDetail("problems", problems);
        return builder.withDetails(details).build();
    }
}
