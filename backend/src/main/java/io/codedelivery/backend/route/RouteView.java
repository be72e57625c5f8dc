package io.codedelivery.backend.route;

import io.codedelivery.contracts.GeoPoint;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A route as the REST API shows it; the geometry is GeoJSON (longitude first). */
@Schema(name = "Route")
record RouteView(String id, String title, GeoPoint start, GeoPoint end, Geometry geometry,
        long lengthMeters, boolean archived, Instant createdAt) {

    /** GeoJSON: {@code [longitude, latitude]} positions. */
    @Schema(name = "LineString")
    record Geometry(@Schema(allowableValues = "LineString") String type, List<double[]> coordinates) {
    }

    static RouteView of(Route route) {
        List<double[]> coordinates = route.path().stream().map(p -> new double[] {p.lng(), p.lat()}).toList();
        return new RouteView(route.id(), route.title(), route.start(), route.end(),
                new Geometry("LineString", coordinates), Math.round(route.lengthMeters()), route.archived(),
                route.createdAt());
    }

    /** A route that an import would add, shown before it is: like {@link RouteView}, its id null. */
    @Schema(name = "RoutePreview")
    record Preview(@Nullable @Schema(type = "null", description = "always null: nothing is stored") String id,
            String title, GeoPoint start, GeoPoint end, Geometry geometry, long lengthMeters, boolean archived,
            Instant createdAt) {

        static Preview of(Route route) {
            RouteView view = RouteView.of(route);
            return new Preview(null, view.title(), view.start(), view.end(), view.geometry(), view.lengthMeters(),
                    view.archived(), view.createdAt());
        }
    }
}
