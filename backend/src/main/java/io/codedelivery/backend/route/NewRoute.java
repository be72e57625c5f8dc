package io.codedelivery.backend.route;

import io.codedelivery.contracts.GeoPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The body of {@code POST /api/routes}: a title and a GeoJSON LineString. */
record NewRoute(String title, Geometry geometry) {

    record Geometry(String type, List<List<Double>> coordinates) {
    }

    Route toRoute() {
        if (geometry == null || !"LineString".equals(geometry.type()) || geometry.coordinates() == null) {
            throw new InvalidRouteException("geometry must be a GeoJSON LineString");
        }
        List<GeoPoint> path = new ArrayList<>();
        for (List<Double> position : geometry.coordinates()) {
            if (position == null || position.size() < 2 || position.get(0) == null || position.get(1) == null) {
                throw new InvalidRouteException("each coordinate must be [longitude, latitude]");
            }
            try {
                path.add(new GeoPoint(position.get(1), position.get(0)));
            } catch (IllegalArgumentException e) {
                throw new InvalidRouteException(e.getMessage());
            }
        }
        return new Route(UUID.randomUUID().toString(), title, path);
    }
}
