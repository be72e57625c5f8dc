package io.codedelivery.backend.dashboard;

import java.time.Instant;
import java.util.List;

/** {@code GET /api/dashboards/deliveries}: how many deliveries were requested and delivered, and how many are active now. */
record DeliveriesDashboard(Instant from, Instant to, String interval, long requested, long delivered, long active,
        Double averageDurationSeconds, List<Bucket> overTime) {

    record Bucket(Instant at, long requested, long delivered) {
    }
}
