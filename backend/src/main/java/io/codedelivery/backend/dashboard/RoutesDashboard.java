package io.codedelivery.backend.dashboard;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** {@code GET /api/dashboards/routes}: the routes requested most in the range. */
@Schema(name = "RoutesDashboard")
record RoutesDashboard(Instant from, Instant to, List<Row> routes) {

    /**
     * Of one route's deliveries requested in the range: how many, how many of them delivered (and in
     * how long on average), how many cancelled.
     */
    @Schema(name = "RouteRow")
    record Row(String routeId, @Nullable String routeTitle, long requested, long delivered, long cancelled,
            @Nullable Double averageDurationSeconds) {
    }
}
