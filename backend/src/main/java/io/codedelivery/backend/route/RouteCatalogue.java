package io.codedelivery.backend.route;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import io.codedelivery.contracts.GeoPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Component;

/** The routes, kept in MongoDB with their geometry as a GeoJSON LineString. */
@Component
public class RouteCatalogue {

    private final MongoCollection<Document> routes;

    public RouteCatalogue(MongoDatabase database) {
        this.routes = database.getCollection("routes");
    }

    public List<Route> findAll() {
        List<Route> all = new ArrayList<>();
        routes.find().sort(Sorts.ascending("title")).forEach(document -> all.add(toRoute(document)));
        return all;
    }

    public Optional<Route> findById(String id) {
        return Optional.ofNullable(routes.find(Filters.eq("_id", id)).first()).map(RouteCatalogue::toRoute);
    }

    void add(Route route) {
        routes.insertOne(toDocument(route));
    }

    /**
     * Adds the route unless one with its id is there already; true when this call added it. Safe
     * when several replicas add the same route at once: the id is the document's {@code _id}, so
     * the database keeps one, and a duplicate-key refusal means another replica was first.
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

    private static Document toDocument(Route route) {
        List<List<Double>> coordinates = route.path().stream().map(p -> List.of(p.lng(), p.lat())).toList();
        return new Document("_id", route.id())
                .append("title", route.title())
                .append("geometry", new Document("type", "LineString").append("coordinates", coordinates));
    }

    @SuppressWarnings("unchecked")
    private static Route toRoute(Document document) {
        Document geometry = document.get("geometry", Document.class);
        List<GeoPoint> path = ((List<List<Number>>) geometry.get("coordinates")).stream()
                .map(c -> new GeoPoint(c.get(1).doubleValue(), c.get(0).doubleValue()))
                .toList();
        return new Route(document.getString("_id"), document.getString("title"), path);
    }
}
