package io.codedelivery.backend.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/** Reading the dashboards' answers in DashboardQueriesIT. */
final class DashboardAnswers {

    private DashboardAnswers() {
    }

    static <T> List<T> series(JsonNode answer, String field, Function<JsonNode, T> value) {
        List<T> values = new ArrayList<>();
        answer.get("overTime").forEach(bucket -> values.add(value.apply(bucket.get(field))));
        return values;
    }

    static String row(JsonNode route) {
        return String.join(" ", route.get("routeId").asString(), route.get("routeTitle").asString(),
                route.get("requested").asString(), route.get("delivered").asString(), route.get("cancelled").asString(),
                route.get("averageDurationSeconds").isNull() ? "null" : route.get("averageDurationSeconds").asString());
    }

    static String id(JsonNode trail) {
        return trail.get("deliveryId").asString();
    }

    static List<Double> point(JsonNode point) {
        return List.of(point.get(0).asDouble(), point.get(1).asDouble());
    }
}
