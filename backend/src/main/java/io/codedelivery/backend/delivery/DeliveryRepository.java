package io.codedelivery.backend.delivery;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/**
 * Deliveries in MongoDB. Status changes are conditional updates, so applying the same position
 * twice, or an older one after a newer, never moves a delivery backwards, and a delivered or
 * cancelled delivery stays so.
 */
@Component
class DeliveryRepository {

    private final MongoCollection<Document> deliveries;

    /** Set while a delivery is stored but its request is not known to be on Kafka. */
    private static final String REQUEST_PENDING = "requestPending";
    /** Set while a delivery is cancelled but its cancellation is not known to be on Kafka. */
    private static final String CANCEL_PENDING = "cancelPending";
    private static final String STATUS = "status";
    private static final String REQUESTED_AT = "requestedAt";
    private static final String CANCELLED_AT = "cancelledAt";
    private static final String STOPPED_AFTER = "stoppedAfterMeters";
    /** Absent in deliveries stored before devices could drive them: those were simulated. */
    private static final String DRIVER = "driver";

    DeliveryRepository(MongoDatabase database) {
        this.deliveries = database.getCollection("deliveries");
        deliveries.createIndex(Indexes.ascending(REQUEST_PENDING, REQUESTED_AT));
        deliveries.createIndex(Indexes.ascending(CANCEL_PENDING, CANCELLED_AT));
        // the history: newest first, by status or by route
        deliveries.createIndex(Indexes.descending(REQUESTED_AT));
        deliveries.createIndex(Indexes.compoundIndex(Indexes.ascending(STATUS), Indexes.descending(REQUESTED_AT)));
        deliveries.createIndex(Indexes.compoundIndex(Indexes.ascending("routeId"), Indexes.descending(REQUESTED_AT)));
    }

    void add(Delivery delivery) {
        deliveries.insertOne(new Document("_id", delivery.id())
                .append("routeId", delivery.routeId())
                .append("routeTitle", delivery.routeTitle())
                .append("distanceMeters", delivery.distanceMeters())
                .append(STATUS, delivery.status().code())
                .append(REQUESTED_AT, Date.from(delivery.requestedAt()))
                .append(DRIVER, delivery.driver().code())
                .append(REQUEST_PENDING, true));
    }

    void markRequestPublished(String id) {
        deliveries.updateOne(Filters.eq("_id", id), Updates.unset(REQUEST_PENDING));
    }

    /** Deliveries stored before {@code cutoff} whose request was never marked published, the oldest first. */
    List<Delivery> requestsPendingSince(Instant cutoff, int limit) {
        List<Delivery> pending = new ArrayList<>();
        deliveries.find(Filters.and(Filters.eq(REQUEST_PENDING, true), Filters.lt(REQUESTED_AT, Date.from(cutoff))))
                .sort(Sorts.ascending(REQUESTED_AT)).limit(limit)
                .forEach(document -> pending.add(toDelivery(document)));
        return pending;
    }

    void remove(String id) {
        deliveries.deleteOne(Filters.eq("_id", id));
    }

    Optional<Delivery> findById(String id) {
        return Optional.ofNullable(deliveries.find(Filters.eq("_id", id)).first()).map(DeliveryRepository::toDelivery);
    }

    void markInTransit(String id, Instant at) {
        deliveries.updateOne(
                Filters.and(Filters.eq("_id", id), Filters.eq(STATUS, DeliveryStatus.REQUESTED.code())),
                Updates.combine(Updates.set(STATUS, DeliveryStatus.IN_TRANSIT.code()), Updates.set("startedAt", Date.from(at))));
    }

    void markDelivered(String id, Instant at) {
        deliveries.updateOne(open(id),
                Updates.combine(Updates.set(STATUS, DeliveryStatus.DELIVERED.code()), Updates.set("deliveredAt", Date.from(at))));
    }

    /**
     * Cancels a delivery still requested or in transit; false when it was not (any more). With
     * {@code vehicleToBeTold}, it stays marked until its cancellation is on Kafka.
     */
    boolean markCancelled(String id, Instant at, boolean vehicleToBeTold) {
        List<Bson> changes = new ArrayList<>(List.of(Updates.set(STATUS, DeliveryStatus.CANCELLED.code()),
                Updates.set(CANCELLED_AT, Date.from(at)), Updates.unset(REQUEST_PENDING)));
        if (vehicleToBeTold) {
            changes.add(Updates.set(CANCEL_PENDING, true));
        }
        return deliveries.updateOne(open(id), Updates.combine(changes)).getModifiedCount() > 0;
    }

    /** Where a cancelled delivery's vehicle stopped, along its route; the first answer stands. */
    void recordStop(String id, double metresAlong) {
        deliveries.updateOne(Filters.and(Filters.eq("_id", id), Filters.eq(STATUS, DeliveryStatus.CANCELLED.code()),
                Filters.exists(STOPPED_AFTER, false)), Updates.set(STOPPED_AFTER, metresAlong));
    }

    void markCancellationPublished(String id) {
        deliveries.updateOne(Filters.eq("_id", id), Updates.unset(CANCEL_PENDING));
    }

    boolean cancellationPending(String id) {
        return deliveries.countDocuments(Filters.and(Filters.eq("_id", id), Filters.eq(CANCEL_PENDING, true))) > 0;
    }

    /** Deliveries cancelled before {@code cutoff} whose cancellation was never marked published, the oldest first. */
    List<Delivery> cancellationsPendingSince(Instant cutoff, int limit) {
        List<Delivery> pending = new ArrayList<>();
        deliveries.find(Filters.and(Filters.eq(CANCEL_PENDING, true), Filters.lt(CANCELLED_AT, Date.from(cutoff))))
                .sort(Sorts.ascending(CANCELLED_AT)).limit(limit)
                .forEach(document -> pending.add(toDelivery(document)));
        return pending;
    }

    /** One page of the deliveries the query selects, newest requested first, and how many it selects in all. */
    DeliveryPage find(DeliveryQuery query) {
        List<Bson> conditions = new ArrayList<>();
        if (!query.statuses().isEmpty()) {
            conditions.add(Filters.in(STATUS, query.statuses().stream().map(DeliveryStatus::code).toList()));
        }
        query.routeId().ifPresent(routeId -> conditions.add(Filters.eq("routeId", routeId)));
        query.from().ifPresent(from -> conditions.add(Filters.gte(REQUESTED_AT, Date.from(from))));
        query.to().ifPresent(to -> conditions.add(Filters.lt(REQUESTED_AT, Date.from(to))));
        Bson filter = conditions.isEmpty() ? new Document() : Filters.and(conditions);
        List<Delivery> items = new ArrayList<>();
        deliveries.find(filter).sort(Sorts.orderBy(Sorts.descending(REQUESTED_AT), Sorts.ascending("_id")))
                .skip(query.page() * query.size()).limit(query.size())
                .forEach(document -> items.add(toDelivery(document)));
        return new DeliveryPage(items, query.page(), query.size(), deliveries.countDocuments(filter));
    }

    private static Bson open(String id) {
        return Filters.and(Filters.eq("_id", id),
                Filters.in(STATUS, DeliveryStatus.OPEN.stream().map(DeliveryStatus::code).toList()));
    }

    /** The database could not be reached: worth waiting for, unlike a failure of the data itself. */
    static boolean isUnavailable(RuntimeException failure) {
        return failure instanceof MongoSocketException || failure instanceof MongoTimeoutException;
    }

    private static Delivery toDelivery(Document document) {
        String routeId = document.getString("routeId");
        // deliveries stored before titles and lengths were kept show their route's id and no length
        String routeTitle = document.get("routeTitle") instanceof String title ? title : routeId;
        double distance = document.get("distanceMeters") instanceof Number metres ? metres.doubleValue() : 0;
        return new Delivery(document.getString("_id"), routeId, routeTitle, distance,
                DeliveryStatus.ofCode(document.getString(STATUS)), instant(document, REQUESTED_AT),
                instant(document, "startedAt"), instant(document, "deliveredAt"), instant(document, CANCELLED_AT),
                document.get(STOPPED_AFTER) instanceof Number metres ? metres.doubleValue() : null,
                DeliveryDriver.parse(document.getString(DRIVER)).orElse(DeliveryDriver.SIMULATOR));
    }

    private static Instant instant(Document document, String field) {
        Date date = document.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
