package io.codedelivery.backend.tracking;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What became of the positions read: {@code codedelivery_positions_total{outcome}} and removals by reason. */
final class PositionOutcomes {

    private final Counter accepted;
    private final Counter replayed;
    private final Counter duplicate;
    private final Counter implausible;
    private final Counter unreadable;
    private final Map<Removal.Reason, Counter> removals = new EnumMap<>(Removal.Reason.class);

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
    }

    private static Counter outcome(MeterRegistry meters, String outcome) {
        return Counter.builder("codedelivery.positions").description("positions read by the live pipeline")
                .tag("outcome", outcome).register(meters);
    }

    void accepted(int count, boolean wasReplayed) {
        (wasReplayed ? replayed : accepted).increment(count);
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
