package io.codedelivery.backend.dashboard;

import io.codedelivery.contracts.SearchIndices;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.opensearch.client.opensearch._types.aggregations.Aggregate;
import org.opensearch.client.opensearch.core.SearchRequest;

/**
 * Counts of the deliveries index (one document per delivery, its whole current record), in one
 * search: requested by {@code requestedAt} in range, delivered by {@code deliveredAt} in range (with
 * their average duration), cancelled by {@code cancelledAt} in range, each per bucket, and active now
 * whatever the range.
 */
class DeliveryStatistics {

    private final SearchEngine engine;
    private final SearchIndices indices;

    DeliveryStatistics(SearchEngine engine, SearchIndices indices) {
        this.engine = engine;
        this.indices = indices;
    }

    DeliveriesDashboard over(TimeRange range) {
        Timeline timeline = Timeline.of(range);
        Map<String, Aggregate> found = engine.search(request(timeline), Void.class)
                .map(response -> response.aggregations()).orElse(Map.of());
        Map<String, Aggregate> requested = Queries.inside(found, "requested");
        Map<String, Aggregate> delivered = Queries.inside(found, "delivered");
        Map<String, Aggregate> cancelled = Queries.inside(found, "cancelled");
        long[] requestedPerBucket = timeline.countsOf(Queries.countsByStart(requested, "overTime"));
        long[] deliveredPerBucket = timeline.countsOf(Queries.countsByStart(delivered, "overTime"));
        long[] cancelledPerBucket = timeline.countsOf(Queries.countsByStart(cancelled, "overTime"));
        List<DeliveriesDashboard.Bucket> overTime = new ArrayList<>(timeline.size());
        for (int i = 0; i < timeline.size(); i++) {
            overTime.add(new DeliveriesDashboard.Bucket(timeline.starts().get(i), requestedPerBucket[i], deliveredPerBucket[i],
                    cancelledPerBucket[i]));
        }
        return new DeliveriesDashboard(range.from(), range.to(), timeline.interval().label(),
                Queries.docCount(found, "requested"), Queries.docCount(found, "delivered"),
                Queries.docCount(found, "cancelled"), Queries.docCount(found, "active"),
                Queries.averageOf(delivered, "averageDuration"), overTime);
    }

    private SearchRequest request(Timeline timeline) {
        TimeRange range = timeline.range();
        return SearchRequest.of(s -> s.index(indices.deliveries()).size(0).ignoreUnavailable(true).allowNoIndices(true)
                .query(q -> q.matchAll(m -> m))
                .aggregations("requested", a -> a.filter(Queries.during("requestedAt", range.from(), range.to()))
                        .aggregations("overTime", Queries.histogram("requestedAt", timeline)))
                .aggregations("delivered", a -> a.filter(Queries.during("deliveredAt", range.from(), range.to()))
                        .aggregations("overTime", Queries.histogram("deliveredAt", timeline))
                        .aggregations("averageDuration", Queries.average("durationSeconds")))
                .aggregations("cancelled", a -> a.filter(Queries.during("cancelledAt", range.from(), range.to()))
                        .aggregations("overTime", Queries.histogram("cancelledAt", timeline)))
                .aggregations("active", a -> a.filter(Queries.anyOf("status", "requested", "in_transit"))));
    }
}
