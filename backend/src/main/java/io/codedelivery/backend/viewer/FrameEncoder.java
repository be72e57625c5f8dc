package io.codedelivery.backend.viewer;

import io.codedelivery.backend.tracking.TrailPoints;
import java.util.List;
import java.util.Map;

/** Writes every frame of the viewer protocol; the one place that knows its JSON. */
final class FrameEncoder {

    static final String KEEPALIVE = "{\"type\":\"keepalive\"}";

    private FrameEncoder() {
    }

    static String encode(Frame frame) {
        return switch (frame) {
            case Frame.Snapshot snapshot -> snapshot(snapshot);
            case Frame.Positions positions -> positions(positions);
            case Frame.Removed removed -> removed(removed.deliveries());
            case Frame.Keepalive keepalive -> KEEPALIVE;
            case Frame.Error error -> Json.appendString(new StringBuilder("{\"type\":\"error\",\"reason\":"),
                    error.reason()).append('}').toString();
        };
    }

    private static String snapshot(Frame.Snapshot snapshot) {
        int trailPoints = snapshot.trails().values().stream().mapToInt(TrailPoints::size).sum();
        StringBuilder out = new StringBuilder(snapshot.positions().size() * 96 + trailPoints * 24 + 96)
                .append("{\"type\":\"snapshot\",\"v\":").append(Frame.VERSION).append(",\"scope\":");
        scope(out, snapshot.scope());
        out.append(",\"positions\":[").append(snapshot.positions().joined()).append("],\"trails\":{");
        trails(out, snapshot.trails());
        return out.append("}}").toString();
    }

    /** {@code "id":[[lat,lng],...]} per delivery, oldest point first. */
    private static void trails(StringBuilder out, Map<String, TrailPoints> trails) {
        boolean first = true;
        for (Map.Entry<String, TrailPoints> trail : trails.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            Json.appendString(out, trail.getKey()).append(":[");
            TrailPoints points = trail.getValue();
            for (int i = 0; i < points.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                Json.appendScaledCoordinate(out.append('['), points.scaledLat(i)).append(',');
                Json.appendScaledCoordinate(out, points.scaledLng(i)).append(']');
            }
            out.append(']');
        }
    }

    private static void scope(StringBuilder out, Scope scope) {
        out.append("{\"kind\":\"").append(scope.kind()).append('"');
        switch (scope) {
            case Scope.Fleet fleet -> {
            }
            case Scope.OneDelivery one -> Json.appendString(out.append(",\"deliveryId\":"), one.deliveryId());
            case Scope.Area area -> out.append(",\"bbox\":[").append(area.west()).append(',').append(area.south())
                    .append(',').append(area.east()).append(',').append(area.north()).append(']');
        }
        out.append('}');
    }

    private static String positions(Frame.Positions positions) {
        List<RowChunk> chunks = positions.chunks();
        StringBuilder out = new StringBuilder(positions.size() * 96 + 64).append("{\"type\":\"positions\",");
        if (positions.coalesced() > 0) {
            out.append("\"coalesced\":").append(positions.coalesced()).append(',');
        }
        out.append("\"positions\":[");
        boolean first = true;
        for (RowChunk chunk : chunks) {
            if (chunk.size() == 0) {
                continue;
            }
            if (!first) {
                out.append(',');
            }
            out.append(chunk.joined());
            first = false;
        }
        return out.append("]}").toString();
    }

    private static String removed(List<ViewerRemoval> removals) {
        StringBuilder out = new StringBuilder("{\"type\":\"removed\",\"deliveries\":[");
        for (int i = 0; i < removals.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            Json.appendString(out.append('['), removals.get(i).deliveryId()).append(',');
            Json.appendString(out, removals.get(i).reason()).append(']');
        }
        return out.append("]}").toString();
    }
}
