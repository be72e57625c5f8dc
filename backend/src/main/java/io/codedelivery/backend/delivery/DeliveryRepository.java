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
import org.springframework.stereotype.Component;

/**
 * Deliveries in MongoDB. Status changes are conditional updates, so applying the same position
 * twice, or an older one after a newer, never moves a delivery backwards.
 */
@Component
class DeliveryRepository {

    private final MongoCollection<Document> deliveries;

    /** Set while a delivery is stored but its request is not known to be on Kafka. */
    private static final String REQUEST_PENDING = "requestPending";

    DeliveryRepository(MongoDatabase database) {
        this.deliveries = database.getCollection("deliveries");
        deliveries.createIndex(Indexes.ascending(REQUEST_PENDING, "requestedAt"));
    }

    void add(Delivery delivery) {
        deliveries.insertOne(new Document("_id", delivery.id())
                .append("routeId", delivery.routeId())
                .append("routeTitle", delivery.routeTitle())
                .append("distanceMeters", delivery.distanceMeters())
                .append("status", delivery.status().code())
                .append("requestedAt", Date.from(delivery.requestedAt()))
                .append(REQUEST_PENDING, true));
    }

    void markRequestPublished(String id) {
        deliveries.updateOne(Filters.eq("_id", id), Updates.unset(REQUEST_PENDING));
    }

    /** Deliveries stored before {@code cutoff} whose request was never marked published, the oldest first. */
    List<Delivery> requestsPendingSince(Instant cutoff, int limit) {
        List<Delivery> pending = new ArrayList<>();
        deliveries.find(Filters.and(Filters.eq(REQUEST_PENDING, true), Filters.lt("requestedAt", Date.from(cutoff))))
                .sort(Sorts.ascending("requestedAt")).limit(limit)
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
                Filters.and(Filters.eq("_id", id), Filters.eq("status", DeliveryStatus.REQUESTED.code())),
                Updates.combine(Updates.set("status", DeliveryStatus.IN_TRANSIT.code()), Updates.set("startedAt", Date.from(at))));
    }

    void markDelivered(String id, Instant at) {
        deliveries.updateOne(
                Filters.and(Filters.eq("_id", id), Filters.ne("status", DeliveryStatus.DELIVERED.code())),
                Updates.combine(Updates.set("status", DeliveryStatus.DELIVERED.code()), Updates.set("deliveredAt", Date.from(at))));
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
                DeliveryStatus.ofCode(document.getString("status")), instant(document, "requestedAt"),
                instant(document, "startedAt"), instant(document, "deliveredAt"));
    }

    private static Instant instant(Document document, String field) {
        Date date = document.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
