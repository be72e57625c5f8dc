package io.codedelivery.backend.dashboard;

import io.codedelivery.contracts.SearchIndices;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The documents the dashboards are asked about, as the sink writes them, at known times: minutes
 * after {@code t0} (six hours before the current hour began), and sessions still open until after
 * {@code now}. DashboardQueriesIT states what each dashboard must find in them.
 */
final class DashboardDataSet {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SearchIndices indices;
    private final Instant t0;
    private final Instant now;
    private final List<String> lines = new ArrayList<>();

    DashboardDataSet(SearchIndices indices, Instant t0, Instant now) {
        this.indices = indices;
        this.t0 = t0;
        this.now = now;
    }

    List<String> build() {
        delivered("d1", "r1", "Route One", 10, 20, 540);
        delivered("d2", "r1", "Route One", 12, 25, 600);
        delivery("d3", "r1", "Route One", "in_transit", 70, null, null);
        delivered("d4", "r2", "Route Two", 20, 40, 300);
        delivery("d5", "r2", "Route Two", "requested", 180, null, null);
        delivered("d6", "r3", "Route Three", 240, 250, 200);
        delivered("d7", "r1", "Route One", -120, 5, 420);
        delivery("d8", "r3", "Route Three", "in_transit", 350, null, null);
        delivery("d9", "r2", "Route Two", "requested", -1440, null, null);
        delivery("d10", "r4", "Route Four", "requested", 120, null, null);
        cancelled("d11", "r4", "Route Four", 130, 140);
        cancelled("d12", "r2", "Route Two", -60, 16);

        position("d1", 2, 40.72, -73.99);
        position("d1", 0, 40.70, -74.01);
        position("d1", 1, 40.71, -74.00);
        for (int seq = 0; seq < 2500; seq++) {
            position("d4", seq, 40.0 + seq * 1e-4, -74.0 + seq * 1e-4);
        }
        for (int seq = 0; seq < 1200; seq++) {
            position("d6", seq, 41.0 + seq * 1e-4, -73.0 - seq * 1e-4);
        }

        session("v1", "fleet", "open", minutes(30), now.plus(Duration.ofHours(1)));
        session("v2", "delivery", "open", minutes(60), now.plus(Duration.ofHours(1)));
        session("v3", "fleet", "closed", minutes(10), minutes(50));
        session("v4", "area", "open", minutes(120), minutes(180));
        session("v5", "fleet", "closed", minutes(-60), minutes(5));
        return lines;
    }

    Instant minutes(long offset) {
        return t0.plus(Duration.ofMinutes(offset));
    }

    private void cancelled(String id, String route, String title, long requested, long cancelled) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("deliveryId", id);
        document.put("routeId", route);
        document.put("routeTitle", title);
        document.put("status", "cancelled");
        document.put("requestedAt", minutes(requested).toString());
        document.put("startedAt", minutes(requested).plusSeconds(30).toString());
        document.put("cancelledAt", minutes(cancelled).toString());
        document.put("durationSeconds", Duration.ofMinutes(cancelled - requested).minusSeconds(30).toSeconds() * 1.0);
        document.put("distanceMeters", 2140.0);
        document.put("drivenMeters", 800.0);
        document.put("changedAt", minutes(cancelled).toString());
        add(indices.deliveries(), id, document);
    }

    private void delivered(String id, String route, String title, long requested, long delivered, double duration) {
        delivery(id, route, title, "delivered", requested, delivered, duration);
    }

    private void delivery(String id, String route, String title, String status, long requested, Long delivered,
            Double duration) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("deliveryId", id);
        document.put("routeId", route);
        document.put("routeTitle", title);
        document.put("status", status);
        document.put("requestedAt", minutes(requested).toString());
        if (!status.equals("requested")) {
            document.put("startedAt", minutes(requested).plusSeconds(30).toString());
        }
        if (delivered != null) {
            document.put("deliveredAt", minutes(delivered).toString());
            document.put("durationSeconds", duration);
        }
        document.put("distanceMeters", 2140.0);
        document.put("changedAt", minutes(delivered == null ? requested : delivered).toString());
        add(indices.deliveries(), id, document);
    }

    private void position(String delivery, long seq, double lat, double lng) {
        add(indices.positions(), delivery + "-" + seq, Map.of("deliveryId", delivery, "routeId", "r", "seq", seq,
                "lat", lat, "lng", lng, "location", Map.of("lat", lat, "lon", lng), "finished", false,
                "emittedAt", t0.plusSeconds(seq).toString()));
    }

    private void session(String viewer, String scope, String state, Instant connectedAt, Instant openUntil) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("viewerId", viewer);
        document.put("replica", "backend-1");
        document.put("scope", scope);
        document.put("deliveryIds", scope.equals("delivery") ? List.of("d3") : List.of());
        document.put("state", state);
        document.put("connectedAt", connectedAt.toString());
        document.put("lastSeenAt", openUntil.minusSeconds(75).toString());
        document.put("openUntil", openUntil.toString());
        document.put("disconnectedAt", state.equals("closed") ? openUntil.toString() : null);
        add(indices.viewers(), viewer, document);
    }

    private void add(String index, String id, Map<String, Object> document) {
        lines.add(JSON.writeValueAsString(Map.of("index", Map.of("_index", index, "_id", id))));
        lines.add(JSON.writeValueAsString(document));
    }
}
