package io.codedelivery.backend.dashboard;

import io.codedelivery.contracts.SearchIndices;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opensearch.client.opensearch._types.aggregations.Aggregate;
import org.opensearch.client.opensearch._types.aggregations.FiltersBucket;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.SearchRequest;

/**
 * Open viewer sessions (one document per browser). A session is open at {@code t} when
 * {@code connectedAt <= t < openUntil}, and open during a bucket when {@code connectedAt < end} and
 * {@code openUntil > start}: one filter per bucket, in one search, bounded to the range.
 */
class ViewerCounts {

    static final List<String> SCOPES = List.of("fleet", "delivery", "area");

    private final SearchEngine engine;
    private final SearchIndices indices;
    private final Clock clock;

    ViewerCounts(SearchEngine engine, SearchIndices indices, Clock clock) {
        this.engine = engine;
        this.indices = indices;
        this.clock = clock;
    }

    ViewersDashboard over(TimeRange range) {
        Timeline timeline = Timeline.of(range);
        Map<String, Aggregate> found = engine.search(request(timeline, clock.instant()), Void.class)
                .map(response -> response.aggregations()).orElse(Map.of());
        Map<String, Long> byScope = new LinkedHashMap<>();
        SCOPES.forEach(scope -> byScope.put(scope, 0L));
        Aggregate scopes = Queries.inside(found, "openNow").get("byScope");
        if (scopes != null) {
            scopes.sterms().buckets().array().forEach(scope -> byScope.put(scope.key(), scope.docCount()));
        }
        List<FiltersBucket> buckets = found.containsKey("overTime") ? found.get("overTime").filters().buckets().array() : List.of();
        List<ViewersDashboard.Bucket> overTime = new ArrayList<>(timeline.size());
        for (int i = 0; i < timeline.size(); i++) {
            overTime.add(new ViewersDashboard.Bucket(timeline.starts().get(i), i < buckets.size() ? buckets.get(i).docCount() : 0));
        }
        return new ViewersDashboard(range.from(), range.to(), timeline.interval().label(),
                Queries.docCount(found, "openNow"), byScope, overTime);
    }

    private SearchRequest request(Timeline timeline, Instant now) {
        List<Query> perBucket = new ArrayList<>(timeline.size());
        for (int i = 0; i < timeline.size(); i++) {
            perBucket.add(openDuring(timeline.startWithin(i), timeline.endWithin(i)));
        }
        Query openNow = Queries.all(Queries.atOrBefore("connectedAt", now), Queries.after("openUntil", now));
        return SearchRequest.of(s -> s.index(indices.viewers()).size(0).ignoreUnavailable(true).allowNoIndices(true)
                .query(q -> q.bool(b -> b.should(openDuring(timeline.range().from(), timeline.range().to()), openNow)
                        .minimumShouldMatch("1")))
                .aggregations("openNow", a -> a.filter(openNow)
                        .aggregations("byScope", t -> t.terms(terms -> terms.field("scope").size(20))))
                .aggregations("overTime", a -> a.filters(f -> f.filters(b -> b.array(perBucket)))));
    }

    private static Query openDuring(Instant start, Instant end) {
        return Queries.all(Queries.before("connectedAt", end), Queries.after("openUntil", start));
    }
}
