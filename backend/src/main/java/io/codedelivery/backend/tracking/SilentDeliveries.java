package io.codedelivery.backend.tracking;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Takes deliveries whose vehicle stopped reporting (say, a phone that went offline) off the live map. */
@Component
class SilentDeliveries {

    private static final Logger log = LoggerFactory.getLogger(SilentDeliveries.class);

    private final LiveFleet fleet;
    private final TrackingSettings settings;
    private final Clock clock;

    SilentDeliveries(LiveFleet fleet, TrackingSettings settings, Clock clock) {
        this.fleet = fleet;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${codedelivery.tracking.sweep-interval:30s}")
    void forget() {
        int forgotten = fleet.forgetSilentSince(clock.instant().minus(settings.silenceLimit()));
        if (forgotten > 0) {
            log.info("{} silent deliveries left the live fleet", forgotten);
        }
    }
}
