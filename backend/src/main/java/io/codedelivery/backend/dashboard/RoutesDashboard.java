package io.codedelivery.backend.dashboard;

import java.time.Instant;
import java.util.List;

/** {@code GET /api/dashboards/routes}: the routes requested most in the range. */
record RoutesDashboard(Instant from, Instant to, List<Row> routes) {

    /** Of one route's deliveries requested in the range: how many, how many of them delivered, and in how long on average. */
    record Row(String routeId, String routeTitle, long requested, long delivered, Double averageDurationSeconds) {
    }
}
