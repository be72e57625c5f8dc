package io.codedelivery.backend.dashboard;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** {@code GET /api/dashboards/viewers}: how many browsers watch now, by scope, and how many watched in each bucket. */
@Schema(name = "ViewersDashboard")
record ViewersDashboard(Instant from, Instant to, String interval, long openNow, Map<String, Long> byScope,
        List<Bucket> overTime) {

    @Schema(name = "ViewersBucket")
    record Bucket(Instant at, long open) {
    }
}
