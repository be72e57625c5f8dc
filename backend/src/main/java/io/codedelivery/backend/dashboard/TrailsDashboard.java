package io.codedelivery.backend.dashboard;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** {@code GET /api/dashboards/trails}: the path each delivery travelled, to draw on a map. */
@Schema(name = "TrailsDashboard")
record TrailsDashboard(Instant from, Instant to, List<Trail> trails) {

    /** {@code points}: {@code [lng, lat]} (GeoJSON order) in the order the vehicle reported them. */
    @Schema(name = "Trail")
    record Trail(String deliveryId, String routeId, @Nullable String routeTitle, String status, List<double[]> points) {
    }
}
