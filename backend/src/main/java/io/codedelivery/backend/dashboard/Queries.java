package io.codedelivery.backend.dashboard;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.aggregations.Aggregate;
import org.opensearch.client.opensearch._types.aggregations.Aggregation;
import org.opensearch.client.opensearch._types.aggregations.FieldDateMath;
import org.opensearch.client.opensearch._types.query_dsl.Query;

/**
 * The few query and aggregation shapes the dashboards use, all of them plain search API that
 * OpenSearch 2.x and Elasticsearch 7/8 read alike (no scripts), and the reading of their answers,
 * where an aggregation that is absent counts as nothing found.
 */
final class Queries {

    private Queries() {
    }

    /** {@code field} in {@code [from, to)}. */
    static Query during(String field, Instant from, Instant to) {
        return Query.of(q -> q.range(r -> r.field(field).gte(JsonData.of(from.toString())).lt(JsonData.of(to.toString()))));
    }

    static Query before(String field, Instant instant) {
        return Query.of(q -> q.range(r -> r.field(field).lt(JsonData.of(instant.toString()))));
    }

    static Query atOrBefore(String field, Instant instant) {
        return Query.of(q -> q.range(r -> r.field(field).lte(JsonData.of(instant.toString()))));
    }

    static Query after(String field, Instant instant) {
        return Query.of(q -> q.range(r -> r.field(field).gt(JsonData.of(instant.toString()))));
    }

    static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(FieldValue.of(value))));
    }

    static Query anyOf(String field, String... values) {
        return Query.of(q -> q.terms(t -> t.field(field)
                .terms(v -> v.value(Arrays.stream(values).map(FieldValue::of).toList()))));
    }

    static Query all(Query... filters) {
        return Query.of(q -> q.bool(b -> b.filter(Arrays.asList(filters))));
    }

    /** Counts per bucket of the timeline, every bucket present even when empty. */
    static Aggregation histogram(String field, Timeline timeline) {
        return Aggregation.of(a -> a.dateHistogram(h -> h.field(field)
                .fixedInterval(t -> t.time(timeline.interval().label()))
                .minDocCount(0)
                .extendedBounds(b -> b.min(FieldDateMath.of(m -> m.expr(timeline.starts().getFirst().toString())))
                        .max(FieldDateMath.of(m -> m.expr(timeline.lastStart().toString()))))));
    }

    static Aggregation average(String field) {
        return Aggregation.of(a -> a.avg(v -> v.field(field)));
    }

    static long docCount(Map<String, Aggregate> aggregations, String name) {
        Aggregate aggregate = aggregations.get(name);
        return aggregate == null ? 0 : aggregate.filter().docCount();
    }

    static Map<String, Aggregate> inside(Map<String, Aggregate> aggregations, String name) {
        Aggregate aggregate = aggregations.get(name);
        return aggregate == null ? Map.of() : aggregate.filter().aggregations();
    }

    /** An average to a tenth, or null when there was nothing to average. */
    static Double averageOf(Map<String, Aggregate> aggregations, String name) {
        Aggregate aggregate = aggregations.get(name);
        Double value = aggregate == null ? null : aggregate.avg().value();
        return value == null || value.isNaN() || value.isInfinite() ? null : Math.round(value * 10) / 10.0;
    }

    /** A date histogram's counts by bucket start in epoch milliseconds. */
    static Map<Long, Long> countsByStart(Map<String, Aggregate> aggregations, String name) {
        Map<Long, Long> counts = new HashMap<>();
        Aggregate aggregate = aggregations.get(name);
        if (aggregate != null) {
            aggregate.dateHistogram().buckets().array().forEach(bucket -> counts.put(bucket.key(), bucket.docCount()));
        }
        return counts;
    }
}
