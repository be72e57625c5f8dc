package io.codedelivery.backend.tracking;

import io.codedelivery.contracts.PositionReported;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What became of the positions read: {@code codedelivery_positions_total{outcome}}, removals by
 * reason, and how old live positions were when they had been handed to the viewers
 * ({@code codedelivery_positions_age_seconds}: from the vehicle's emit time, so it includes the
 * broker and any wait in the consumer; a sender's queue and the socket come after).
 */
final class PositionOutcomes {

    private static final Duration[] AGE_BUCKETS = Stream.of(25, 50, 100, 250, 500, 1000, 2500, 5000)
            .map(Duration::ofMillis).toArray(Duration[]::new);

    private final Counter accepted;
    private final Counter replayed;
    private final Counter duplicate;
    private final Counter implausible;
    private final Counter unreadable;
    private final Map<Removal.Reason, Counter> removals = new EnumMap<>(Removal.Reason.class);
    private final Timer age;

    PositionOutcomes(MeterRegistry meters) {
        accepted = outcome(meters, "accepted");
        replayed = outcome(meters, "replayed");
        duplicate = outcome(meters, "duplicate");
        implausible = outcome(meters, "implausible");
        unreadable = outcome(meters, "unreadable");
        for (Removal.Reason reason : Removal.Reason.values()) {
            removals.put(reason, Counter.builder("codedelivery.removals")
                    .description("deliveries that left the live fleet")
                    .tag("reason", reason.name().toLowerCase()).register(meters));
        }
        age = Timer.builder("codedelivery.positions.age")
                .description("age of live positions (now - emittedAt) once handed to the viewers")
                .serviceLevelObjectives(AGE_BUCKETS).register(meters);
    }

    private static Counter outcome(MeterRegistry meters, String outcome) {
        return Counter.builder("codedelivery.positions").description("positions read by the live pipeline")
                .tag("outcome", outcome).register(meters);
    }

    void accepted(int count, boolean wasReplayed) {
        (wasReplayed ? replayed : accepted).increment(count);
    }

    /** Positions handed to the viewers at {@code nowMillis}. */
    void handedOver(List<PositionReported> positions, long nowMillis) {
        for (PositionReported position : positions) {
            age.record(Math.max(0, nowMillis - position.emittedAt().toEpochMilli()), TimeUnit.MILLISECONDS);
        }
    }

    void duplicate() {
        duplicate.increment();
    }

    void implausible() {
        implausible.increment();
    }

    void unreadable() {
        unreadable.increment();
    }

    void removed(List<Removal> announced) {
        for (Removal removal : announced) {
            removals.get(removal.reason()).increment();
        }
    }
}
