package io.codedelivery.backend.route;

import io.codedelivery.contracts.GeoPoint;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A route as the REST API shows it; the geometry is GeoJSON (longitude first). */
@Schema(name = "Route")
record RouteView(String id, String title, GeoPoint start, GeoPoint end, Geometry geometry, long lengthMeters) {

    /** GeoJSON: {@code [longitude, latitude]} positions. */
    @Schema(name = "LineString")
    record Geometry(@Schema(allowableValues = "LineString") String type, List<double[]> coordinates) {
    }

    static RouteView of(Route route) {
        List<double[]> coordinates = route.path().stream().map(p -> new double[] {p.lng(), p.lat()}).toList();
        return new RouteView(route.id(), route.title(), route.start(), route.end(),
                new Geometry("LineString", coordinates), Math.round(route.lengthMeters()));
    }
}
