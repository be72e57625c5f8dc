package io.codedelivery.backend.dashboard;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code GET /api/dashboards/deliveries}: how many deliveries were requested, delivered and
 * cancelled, and how many are active now.
 */
@Schema(name = "DeliveriesDashboard")
record DeliveriesDashboard(Instant from, Instant to, String interval, long requested, long delivered, long cancelled,
        long active, @Nullable Double averageDurationSeconds, List<Bucket> overTime) {

    @Schema(name = "DeliveriesBucket")
    record Bucket(Instant at, long requested, long delivered, long cancelled) {
    }
}
