package io.codedelivery.backend.delivery;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * The {@code Idempotency-Key}s of delivery requests, one document per key (the key is the id, so
 * two replicas racing on the same key cannot both claim it).
 */
@Component
class IdempotencyKeyRepository {

    record Claim(String key, String deliveryId, String routeId) {
    }

    private final MongoCollection<Document> keys;

    IdempotencyKeyRepository(MongoDatabase database) {
        this.keys = database.getCollection("delivery-requests");
    }

    /** Claims the key for a new delivery; if an earlier request holds it, returns that request's claim instead. */
    Optional<Claim> claim(Claim claim, Instant at) {
        try {
            keys.insertOne(new Document("_id", claim.key()).append("deliveryId", claim.deliveryId())
                    .append("routeId", claim.routeId()).append("at", Date.from(at)));
            return Optional.empty();
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            Document earlier = keys.find(Filters.eq("_id", claim.key())).first();
            if (earlier == null) {
                return claim(claim, at);
            }
            return Optional.of(new Claim(claim.key(), earlier.getString("deliveryId"), earlier.getString("routeId")));
        }
    }

    void release(String key) {
        keys.deleteOne(Filters.eq("_id", key));
    }
}
