package io.codedelivery.backend.dashboard;

import io.codedelivery.backend.dashboard.TrailDocuments.DeliveryDocument;
import io.codedelivery.backend.dashboard.TrailDocuments.PositionDocument;
import io.codedelivery.contracts.SearchIndices;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.mapping.FieldType;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.MsearchRequest;
import org.opensearch.client.opensearch.core.SearchRequest;
import org.opensearch.client.opensearch.core.msearch.RequestItem;

/**
 * The trails of the latest deliveries requested in the range (or of one delivery): the deliveries
 * from the deliveries index, then their positions from the positions index in one multi-search, two
 * searches each: the first {@link #MAX_FETCHED} positions by seq, and the very last, so a trail
 * always ends where the vehicle last was. Each trail is thinned to {@link #MAX_POINTS} points.
 */
class Trails {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;
    static final int MAX_FETCHED = 2000;
    static final int MAX_POINTS = 500;

    private final SearchEngine engine;
    private final SearchIndices indices;

    Trails(SearchEngine engine, SearchIndices indices) {
        this.engine = engine;
        this.indices = indices;
    }

    /** The latest {@code limit} deliveries requested in the range, newest first; or the one {@code deliveryId}, whenever requested. */
    TrailsDashboard of(TimeRange range, int limit, String deliveryId) {
        Query which = deliveryId == null ? Queries.during("requestedAt", range.from(), range.to())
                : Queries.term("deliveryId", deliveryId);
        List<DeliveryDocument> deliveries = engine.search(SearchRequest.of(s -> s.index(indices.deliveries())
                        .ignoreUnavailable(true).allowNoIndices(true).query(which).size(deliveryId == null ? limit : 1)
                        .sort(o -> o.field(f -> f.field("requestedAt").order(SortOrder.Desc).unmappedType(FieldType.Date)))
                        .sort(o -> o.field(f -> f.field("deliveryId").order(SortOrder.Asc).unmappedType(FieldType.Keyword)))
                        .source(c -> c.filter(f -> f.includes("deliveryId", "routeId", "routeTitle", "status")))),
                        DeliveryDocument.class)
                .map(response -> response.hits().hits().stream().map(hit -> hit.source()).filter(Objects::nonNull).toList())
                .orElse(List.of());
        List<List<PositionDocument>> positions = deliveries.isEmpty() ? List.of()
                : engine.hitsOfEach(positionsOf(deliveries), PositionDocument.class);
        List<TrailsDashboard.Trail> trails = new ArrayList<>(deliveries.size());
        for (int i = 0; i < deliveries.size(); i++) {
            DeliveryDocument delivery = deliveries.get(i);
            List<double[]> points = Thinning.evenly(path(positions.get(2 * i), positions.get(2 * i + 1)), MAX_POINTS)
                    .stream().map(PositionDocument::lngLat).toList();
            trails.add(new TrailsDashboard.Trail(delivery.deliveryId(), delivery.routeId(), delivery.routeTitle(),
                    delivery.status(), points));
        }
        return new TrailsDashboard(range.from(), range.to(), trails);
    }

    /** The first positions by seq, and the last one when it was not among them. */
    static List<PositionDocument> path(List<PositionDocument> first, List<PositionDocument> last) {
        List<PositionDocument> path = new ArrayList<>(first.stream().filter(PositionDocument::isComplete).toList());
        last.stream().filter(PositionDocument::isComplete).findFirst()
                .filter(end -> path.isEmpty() || end.seq() > path.getLast().seq())
                .ifPresent(path::add);
        return path;
    }

    private MsearchRequest positionsOf(List<DeliveryDocument> deliveries) {
        List<RequestItem> searches = new ArrayList<>(deliveries.size() * 2);
        for (DeliveryDocument delivery : deliveries) {
            searches.add(positions(delivery.deliveryId(), SortOrder.Asc, MAX_FETCHED));
            searches.add(positions(delivery.deliveryId(), SortOrder.Desc, 1));
        }
        return MsearchRequest.of(m -> m.searches(searches));
    }

    private RequestItem positions(String deliveryId, SortOrder order, int size) {
        return RequestItem.of(r -> r.header(h -> h.index(indices.positions()).ignoreUnavailable(true).allowNoIndices(true))
                .body(b -> b.query(Queries.term("deliveryId", deliveryId)).size(size)
                        .sort(o -> o.field(f -> f.field("seq").order(order).unmappedType(FieldType.Long)))
                        .source(c -> c.filter(f -> f.includes("lat", "lng", "seq")))));
    }
}
