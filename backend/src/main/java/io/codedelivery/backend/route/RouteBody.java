package io.codedelivery.backend.route;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.codedelivery.contracts.GeoPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Any JSON shape a route comes in: {@code {title, geometry}}, {@code {title, points}}, a GeoJSON
 * Feature, a bare LineString, or a FeatureCollection holding exactly one LineString Feature.
 * Members of other GeoJSON objects (id, bbox, foreign members) are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record RouteBody(@Nullable String type, @Nullable String title, @Nullable Map<String, Object> properties,
        NewRoute.@Nullable Geometry geometry, @Nullable List<Position> points,
        @Nullable JsonNode coordinates, @Nullable List<Map<String, Object>> features) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Position(@Nullable Double lat, @Nullable Double lng) {
    }

    /** The draft this body describes, its points checked, or {@link InvalidRouteException} saying what is wrong. */
    RouteDraft draft(RouteSettings limits) {
        if (type == null) {
            return plain(limits);
        }
        return switch (type) {
            case "Feature" -> feature("", limits);
            case "FeatureCollection" -> collection(limits);
            case "LineString" -> new RouteDraft(title, line("", new NewRoute.Geometry(type, positions()), limits));
            default -> throw new InvalidRouteException(
                    "type must be \"Feature\", \"FeatureCollection\" or \"LineString\" (or left out), was \"" + type + "\"");
        };
    }

    private @Nullable List<List<Double>> positions() {
        try {
            return coordinates == null ? null : JSON.convertValue(coordinates, new TypeReference<List<List<Double>>>() { });
        } catch (JacksonException e) {
            throw new InvalidRouteException("coordinates must be [[longitude, latitude], …]: " + e.getOriginalMessage());
        }
    }

    private RouteDraft plain(RouteSettings limits) {
        if (points != null && geometry != null) {
            throw new InvalidRouteException("give either geometry or points, not both");
        }
        if (points != null) {
            return new RouteDraft(title, points(limits));
        }
        if (geometry == null) {
            throw new InvalidRouteException("geometry is required: a GeoJSON LineString");
        }
        return new RouteDraft(title, line("geometry.", geometry, limits));
    }

    private RouteDraft feature(String at, RouteSettings limits) {
        if (geometry == null) {
            throw new InvalidRouteException(at + "geometry is required: a GeoJSON LineString");
        }
        return new RouteDraft(featureTitle(), line(at + "geometry.", geometry, limits));
    }

    private @Nullable String featureTitle() {
        if (title != null) {
            return title;
        }
        if (properties == null) {
            return null;
        }
        return properties.get("title") instanceof String named ? named
                : properties.get("name") instanceof String name ? name : null;
    }

    private RouteDraft collection(RouteSettings limits) {
        List<Integer> lines = new ArrayList<>();
        for (int i = 0; features != null && i < features.size(); i++) {
            if (features.get(i) != null && features.get(i).get("geometry") instanceof Map<?, ?> geometry
                    && "LineString".equals(geometry.get("type"))) {
                lines.add(i);
            }
        }
        if (lines.size() != 1) {
            throw new InvalidRouteException("a FeatureCollection must hold exactly one Feature with a LineString "
                    + "geometry, held " + lines.size());
        }
        String at = "features[" + lines.getFirst() + "].";
        try {
            return JSON.convertValue(features.get(lines.getFirst()), RouteBody.class).feature(at, limits);
        } catch (JacksonException e) {
            throw new InvalidRouteException(at + " cannot be read: " + e.getOriginalMessage());
        }
    }

    private static List<GeoPoint> line(String at, NewRoute.Geometry geometry, RouteSettings limits) {
        if (!"LineString".equals(geometry.type())) {
            throw new InvalidRouteException(at + "type must be \"LineString\"");
        }
        List<List<Double>> positions = geometry.coordinates();
        String list = at + "coordinates";
        PathRules.checkCount(list, "positions", positions == null ? 0 : positions.size(), limits);
        List<GeoPoint> path = new ArrayList<>(positions.size());
        for (int i = 0; i < positions.size(); i++) {
            List<Double> position = positions.get(i);
            String point = list + "[" + i + "]";
            if (position == null || position.size() < 2 || position.size() > 3) {
                throw new InvalidRouteException(point + " must be [longitude, latitude]");
            }
            path.add(PathRules.point(point, position.get(1), position.get(0)));
        }
        return path;
    }

    private List<GeoPoint> points(RouteSettings limits) {
        PathRules.checkCount("points", "points", points.size(), limits);
        List<GeoPoint> path = new ArrayList<>(points.size());
        for (int i = 0; i < points.size(); i++) {
            Position point = points.get(i);
            String at = "points[" + i + "]";
            if (point == null) {
                throw new InvalidRouteException(at + " must be {\"lat\": latitude, \"lng\": longitude}");
            }
            path.add(PathRules.point(at, point.lat(), point.lng()));
        }
        return path;
    }
}
