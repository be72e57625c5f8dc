package io.codedelivery.backend.route;

import io.codedelivery.contracts.GeoPoint;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The shapes {@code POST /api/routes} takes, as the API description shows them; {@link RouteBody}
 * reads them all. This one: a title and a GeoJSON LineString.
 */
@Schema(name = "NewRoute")
record NewRoute(String title, Geometry geometry) {

    /** GeoJSON LineString: 2 to {@code ROUTE_MAX_POINTS} {@code [longitude, latitude]} positions. */
    @Schema(name = "NewLineString")
    record Geometry(@Schema(allowableValues = "LineString") String type, List<List<Double>> coordinates) {
    }

    /** A GeoJSON Feature (as geojson.io writes it) whose geometry is a LineString; the title is in its properties. */
    @Schema(name = "NewRouteFeature")
    record Feature(@Schema(allowableValues = "Feature") String type,
            @Schema(description = "title (or, without one, name) is the route's title; others are ignored")
            Map<String, Object> properties, Geometry geometry) {
    }

    /** A title and a list of points, each {@code {"lat":…, "lng":…}}. */
    @Schema(name = "NewRouteFromPoints")
    record FromPoints(String title, List<GeoPoint> points) {
    }

    /** The route this body describes, or {@link InvalidRouteException} saying what is wrong with it. */
    Route toRoute(RouteSettings limits) {
        return new RouteBody(null, title, null, geometry, null, null, null).draft(limits)
                .toRoute(null, RouteDraft.TITLE_REQUIRED, limits, Instant.now());
    }
}
