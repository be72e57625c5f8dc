package io.codedelivery.backend.dashboard;

import io.codedelivery.contracts.SearchIndices;
import java.util.List;
import java.util.Map;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.aggregations.Aggregate;
import org.opensearch.client.opensearch._types.aggregations.StringTermsBucket;
import org.opensearch.client.opensearch.core.SearchRequest;

/**
 * The routes with the most deliveries requested in the range, most first (ties by route id), each
 * with how many of those deliveries have been delivered (and their average duration) or cancelled.
 */
class RouteRanking {

    static final int DEFAULT_SIZE = 10;
    static final int MAX_SIZE = 100;

    private final SearchEngine engine;
    private final SearchIndices indices;

    RouteRanking(SearchEngine engine, SearchIndices indices) {
        this.engine = engine;
        this.indices = indices;
    }

    RoutesDashboard top(TimeRange range, int size) {
        List<RoutesDashboard.Row> rows = engine.search(request(range, size), Void.class)
                .map(response -> response.aggregations().get("routes"))
                .map(routes -> routes.sterms().buckets().array().stream().map(RouteRanking::row).toList())
                .orElse(List.of());
        return new RoutesDashboard(range.from(), range.to(), rows);
    }

    private static RoutesDashboard.Row row(StringTermsBucket route) {
        Map<String, Aggregate> inside = route.aggregations();
        List<StringTermsBucket> titles = inside.containsKey("title") ? inside.get("title").sterms().buckets().array() : List.of();
        Map<String, Aggregate> delivered = Queries.inside(inside, "delivered");
        return new RoutesDashboard.Row(route.key(), titles.isEmpty() ? null : titles.getFirst().key(), route.docCount(),
                Queries.docCount(inside, "delivered"), Queries.docCount(inside, "cancelled"),
                Queries.averageOf(delivered, "averageDuration"));
    }

    private SearchRequest request(TimeRange range, int size) {
        return SearchRequest.of(s -> s.index(indices.deliveries()).size(0).ignoreUnavailable(true).allowNoIndices(true)
                .query(Queries.during("requestedAt", range.from(), range.to()))
                .aggregations("routes", a -> a.terms(t -> t.field("routeId").size(size)
                                .order(Map.of("_count", SortOrder.Desc), Map.of("_key", SortOrder.Asc)))
                        .aggregations("title", t -> t.terms(title -> title.field("routeTitle").size(1)))
                        .aggregations("delivered", d -> d.filter(Queries.term("status", "delivered"))
                                .aggregations("averageDuration", Queries.average("durationSeconds")))
                        .aggregations("cancelled", c -> c.filter(Queries.term("status", "cancelled")))));
    }
}
