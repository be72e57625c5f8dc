package io.codedelivery.backend.route;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoCommandException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import io.codedelivery.contracts.GeoPoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The routes, kept in MongoDB with their geometry as a GeoJSON LineString. {@code titleKey} (the
 * title as {@link RouteTitles#key} makes it) carries a unique index, so two routes never share a
 * title, even when replicas add them at the same moment.
 */
@Component
public class RouteCatalogue {

    static final String TITLE_KEY = "titleKey";
    static final String ARCHIVED = "archived";
    static final String CREATED_AT = "createdAt";

    private final MongoCollection<Document> routes;

    public RouteCatalogue(MongoDatabase database) {
        this.routes = database.getCollection("routes");
    }

    /** Routes sorted by title, ignoring case; archived ones only when asked for. */
    List<Route> list(boolean withArchived) {
        List<Route> found = new ArrayList<>();
        Bson filter = withArchived ? new Document() : Filters.eq(ARCHIVED, false);
        routes.find(filter).sort(Sorts.ascending(TITLE_KEY, "_id")).forEach(document -> found.add(toRoute(document)));
        return found;
    }

    public Optional<Route> findById(String id) {
        return Optional.ofNullable(routes.find(Filters.eq("_id", id)).first()).map(RouteCatalogue::toRoute);
    }

    Optional<Route> findByTitle(String title) {
        return Optional.ofNullable(routes.find(Filters.eq(TITLE_KEY, RouteTitles.key(title))).first())
                .map(RouteCatalogue::toRoute);
    }

    /** Stores a new route, or {@link DuplicateRouteTitleException} when another has its title. */
    void add(Route route) {
        try {
            routes.insertOne(toDocument(route));
        } catch (MongoWriteException e) {
            throw e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY ? duplicate(route.title()) : e;
        }
    }

    /**
     * Adds the route unless one with its id (or title) is there already; true when this call added
     * it. Safe when several replicas add the same route at once: the database keeps one, and a
     * duplicate-key refusal means another replica was first.
     */
    boolean addIfAbsent(Route route) {
        try {
            routes.insertOne(toDocument(route));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    boolean contains(String id) {
        return routes.countDocuments(Filters.eq("_id", id)) > 0;
    }

    /** Renames and/or archives the route (a null leaves that as it is); empty when there is no such route. */
    Optional<Route> change(String id, @Nullable String title, @Nullable Boolean archived) {
        List<Bson> changes = new ArrayList<>();
        if (title != null) {
            changes.add(Updates.set("title", title));
            changes.add(Updates.set(TITLE_KEY, RouteTitles.key(title)));
        }
        if (archived != null) {
            changes.add(Updates.set(ARCHIVED, archived));
        }
        try {
            return Optional.ofNullable(routes.findOneAndUpdate(Filters.eq("_id", id), Updates.combine(changes),
                    new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER))).map(RouteCatalogue::toRoute);
        } catch (MongoCommandException e) {
            throw ErrorCategory.fromErrorCode(e.getErrorCode()) == ErrorCategory.DUPLICATE_KEY ? duplicate(title) : e;
        } catch (MongoWriteException e) {
            throw e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY ? duplicate(title) : e;
        }
    }

    /**
     * Makes the collection ready for the queries above: routes stored before titles were unique get
     * their key, creation time ({@code now}) and archived flag, then the indexes are made. Idempotent,
     * and safe when replicas start together (each computes the same keys, in the same order).
     */
    void prepare(Instant now) {
        backfill(now);
        routes.createIndex(Indexes.ascending(TITLE_KEY), new IndexOptions().unique(true).name("titleKey_unique"));
        routes.createIndex(Indexes.ascending(ARCHIVED, TITLE_KEY), new IndexOptions().name("archived_titleKey"));
    }

    /**
     * Older routes whose titles are the same but for case or spacing keep their titles; the later
     * ones (by id) get a key made unique with their id, so the index can be made.
     */
    private void backfill(Instant now) {
        Set<String> taken = new HashSet<>();
        routes.find(Filters.exists(TITLE_KEY)).forEach(document -> taken.add(document.getString(TITLE_KEY)));
        List<Document> unkeyed = routes.find(Filters.exists(TITLE_KEY, false)).sort(Sorts.ascending("_id"))
                .into(new ArrayList<>());
        for (Document route : unkeyed) {
            String key = RouteTitles.key(String.valueOf(route.getString("title")));
            if (!taken.add(key)) {
                key = key + " #" + route.get("_id");
                taken.add(key);
            }
            routes.updateOne(Filters.and(Filters.eq("_id", route.get("_id")), Filters.exists(TITLE_KEY, false)),
                    Updates.set(TITLE_KEY, key));
        }
        routes.updateMany(Filters.exists(ARCHIVED, false), Updates.set(ARCHIVED, false));
        routes.updateMany(Filters.exists(CREATED_AT, false), Updates.set(CREATED_AT, Date.from(now)));
    }

    private DuplicateRouteTitleException duplicate(String title) {
        return findByTitle(title).map(existing -> new DuplicateRouteTitleException(existing.title(), existing.id()))
                .orElseGet(() -> new DuplicateRouteTitleException(title, "unknown"));
    }

    private static Document toDocument(Route route) {
        List<List<Double>> coordinates = route.path().stream().map(p -> List.of(p.lng(), p.lat())).toList();
        return new Document("_id", route.id())
                .append("title", route.title())
                .append(TITLE_KEY, RouteTitles.key(route.title()))
                .append(ARCHIVED, route.archived())
                .append(CREATED_AT, Date.from(route.createdAt()))
                .append("geometry", new Document("type", "LineString").append("coordinates", coordinates));
    }

    @SuppressWarnings("unchecked")
    private static Route toRoute(Document document) {
        Document geometry = document.get("geometry", Document.class);
        List<GeoPoint> path = ((List<List<Number>>) geometry.get("coordinates")).stream()
                .map(c -> new GeoPoint(c.get(1).doubleValue(), c.get(0).doubleValue()))
                .toList();
        Date createdAt = document.getDate(CREATED_AT);
        return new Route(document.getString("_id"), document.getString("title"), path,
                Boolean.TRUE.equals(document.getBoolean(ARCHIVED)),
                createdAt == null ? Instant.EPOCH : createdAt.toInstant());
    }
}
