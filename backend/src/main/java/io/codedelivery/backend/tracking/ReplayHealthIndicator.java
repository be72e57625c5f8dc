package io.codedelivery.backend.tracking;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** Part of readiness: a replica is ready only once its replay has caught up, so it never hands out an empty snapshot. */
final class ReplayHealthIndicator implements HealthIndicator {

    private final LiveFleet fleet;

    ReplayHealthIndicator(LiveFleet fleet) {
        this.fleet = fleet;
    }

    @Override
    public Health health() {
        return fleet.complete()
                ? Health.up().withDetail("liveDeliveries", fleet.size()).build()
                : Health.outOfService().withDetail("replay", "reading what is in flight").build();
    }
}
