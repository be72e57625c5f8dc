package io.codedelivery.backend.route;

import io.codedelivery.contracts.GeoPoint;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The body of {@code POST /api/routes}: a title and a GeoJSON LineString. */
@Schema(name = "NewRoute")
record NewRoute(String title, Geometry geometry) {

    /** GeoJSON LineString: 2 to {@code ROUTE_MAX_POINTS} {@code [longitude, latitude]} positions. */
    @Schema(name = "NewLineString")
    record Geometry(@Schema(allowableValues = "LineString") String type, List<List<Double>> coordinates) {
    }

    /** The route this body describes, or {@link InvalidRouteException} saying what is wrong with it. */
    Route toRoute(RouteSettings limits) {
        return new Route(UUID.randomUUID().toString(), checkedTitle(limits), path(limits));
    }

    private String checkedTitle(RouteSettings limits) {
        if (title == null || title.isBlank()) {
            throw new InvalidRouteException("title is required");
        }
        String trimmed = title.strip();
        if (trimmed.length() > limits.maxTitleLength()) {
            throw new InvalidRouteException("title must be at most " + limits.maxTitleLength()
                    + " characters, was " + trimmed.length());
        }
        if (trimmed.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidRouteException("title must not contain control characters");
        }
        return trimmed;
    }

    private List<GeoPoint> path(RouteSettings limits) {
        if (geometry == null) {
            throw new InvalidRouteException("geometry is required: a GeoJSON LineString");
        }
        if (!"LineString".equals(geometry.type())) {
            throw new InvalidRouteException("geometry.type must be \"LineString\"");
        }
        List<List<Double>> coordinates = geometry.coordinates();
        if (coordinates == null || coordinates.size() < 2) {
            throw new InvalidRouteException("geometry.coordinates must hold at least 2 positions, had "
                    + (coordinates == null ? 0 : coordinates.size()));
        }
        if (coordinates.size() > limits.maxPoints()) {
            throw new InvalidRouteException("geometry.coordinates must hold at most " + limits.maxPoints()
                    + " positions, had " + coordinates.size());
        }
        List<GeoPoint> path = new ArrayList<>(coordinates.size());
        for (int i = 0; i < coordinates.size(); i++) {
            path.add(point(i, coordinates.get(i)));
        }
        return path;
    }

    private static GeoPoint point(int index, List<Double> position) {
        String at = "geometry.coordinates[" + index + "]";
        if (position == null || position.size() < 2 || position.size() > 3) {
            throw new InvalidRouteException(at + " must be [longitude, latitude]");
        }
        Double lng = position.get(0);
        Double lat = position.get(1);
        if (lng == null || !Double.isFinite(lng) || lng < -180 || lng > 180) {
            throw new InvalidRouteException(at + ": longitude must be a number from -180 to 180, was " + lng);
        }
        if (lat == null || !Double.isFinite(lat) || lat < -90 || lat > 90) {
            throw new InvalidRouteException(at + ": latitude must be a number from -90 to 90, was " + lat);
        }
        return new GeoPoint(lat, lng);
    }
}
