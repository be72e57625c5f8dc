package io.codedelivery.backend.dashboard;

import java.time.Instant;
import java.util.List;

/** {@code GET /api/dashboards/trails}: the path each delivery travelled, to draw on a map. */
record TrailsDashboard(Instant from, Instant to, List<Trail> trails) {

    /** {@code points}: {@code [lng, lat]} (GeoJSON order) in the order the vehicle reported them. */
    record Trail(String deliveryId, String routeId, String routeTitle, String status, List<double[]> points) {
    }
}
