package io.codedelivery.backend.device;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import io.codedelivery.contracts.GeoPoint;
import io.codedelivery.contracts.PositionReported;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/**
 * The device side of a delivery's record (its {@code device} sub-document in {@code deliveries}):
 * the hash of its token and the last position published for it. Advancing is conditional on the
 * last seq, so two requests of one device racing cannot both move it.
 */
@Component
public class DeviceTrackRepository {

    private static final String TOKEN_HASH = "device.tokenHash";
    private static final String LAST_SEQ = "device.lastSeq";

    private final MongoCollection<Document> deliveries;

    public DeviceTrackRepository(MongoDatabase database) {
        this.deliveries = database.getCollection("deliveries");
        deliveries.createIndex(Indexes.ascending(TOKEN_HASH));
    }

    /** Gives the delivery this token (any earlier one stops working); false if there is no such delivery. */
    boolean attach(String deliveryId, DeviceToken token) {
        boolean found = deliveries.updateOne(Filters.eq("_id", deliveryId), Updates.set(TOKEN_HASH, token.hash()))
                .getMatchedCount() > 0;
        deliveries.updateOne(Filters.and(Filters.eq("_id", deliveryId), Filters.exists(LAST_SEQ, false)),
                Updates.set(LAST_SEQ, -1L));
        return found;
    }

    Optional<DeviceTrack> findByToken(DeviceToken token) {
        return Optional.ofNullable(deliveries.find(Filters.eq(TOKEN_HASH, token.hash())).first())
                .map(DeviceTrackRepository::toTrack);
    }

    Optional<DeviceTrack> findById(String deliveryId) {
        return Optional.ofNullable(deliveries.find(Filters.and(Filters.eq("_id", deliveryId),
                Filters.exists(LAST_SEQ))).first()).map(DeviceTrackRepository::toTrack);
    }

    /** Records {@code last} as the newest position published, if the track was still at {@code fromSeq}. */
    boolean advance(String deliveryId, long fromSeq, PositionReported last) {
        List<Bson> changes = new ArrayList<>(List.of(Updates.set(LAST_SEQ, last.seq()),
                Updates.set("device.lastAt", Date.from(last.emittedAt())), Updates.set("device.lastLat", last.lat()),
                Updates.set("device.lastLng", last.lng())));
        if (last.finished()) {
            changes.add(Updates.set("device.ended", true));
        }
        return deliveries.updateOne(Filters.and(Filters.eq("_id", deliveryId), Filters.eq(LAST_SEQ, fromSeq)),
                Updates.combine(changes)).getModifiedCount() > 0;
    }

    private static DeviceTrack toTrack(Document document) {
        Document device = document.get("device", Document.class);
        Date lastAt = device.getDate("lastAt");
        GeoPoint lastPoint = device.get("lastLat") instanceof Number lat && device.get("lastLng") instanceof Number lng
                ? new GeoPoint(lat.doubleValue(), lng.doubleValue()) : null;
        double distance = document.get("distanceMeters") instanceof Number metres ? metres.doubleValue() : 0;
        String routeId = document.getString("routeId");
        String title = document.get("routeTitle") instanceof String t ? t : routeId;
        return new DeviceTrack(document.getString("_id"), routeId, title, distance, document.getString("status"),
                ((Number) device.get("lastSeq")).longValue(), lastAt == null ? null : lastAt.toInstant(), lastPoint,
                Boolean.TRUE.equals(device.getBoolean("ended")));
    }
}
