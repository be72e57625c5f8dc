package io.codedelivery.backend.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import io.codedelivery.contracts.GeoPoint;
import io.codedelivery.devstack.MongoWireServer;
import io.codedelivery.devstack.Ports;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The catalogue against the MongoDB wire server: unique titles, listing, renaming, the start-up backfill. */
class RouteCatalogueTest {

    private static final Instant NOW = Instant.parse("2026-11-25T14:00:00Z");
    private static final List<GeoPoint> PATH = List.of(new GeoPoint(40.73, -73.99), new GeoPoint(40.74, -73.98));
    private static final int REPLICAS = 6;

    private MongoWireServer mongo;
    private final List<MongoClient> clients = new ArrayList<>();
    private RouteCatalogue catalogue;
    private MongoCollection<Document> routes;

    @BeforeEach
    void startDatabase() {
        mongo = MongoWireServer.startInMemory(Ports.free());
        for (int i = 0; i < REPLICAS; i++) {
            clients.add(MongoClients.create(mongo.connectionString("catalogue")));
        }
        catalogue = new RouteCatalogue(clients.getFirst().getDatabase("catalogue"));
        routes = clients.getFirst().getDatabase("catalogue").getCollection("routes");
    }

    @AfterEach
    void stopDatabase() {
        clients.forEach(MongoClient::close);
        mongo.close();
    }

    @Test
    void theDatabaseRefusesASecondRouteWithTheSameTitleIgnoringCaseAndSpacing() {
        catalogue.prepare(NOW);
        catalogue.add(route("a", "Park Loop"));

        assertThatThrownBy(() -> catalogue.add(route("b", "  park   LOOP ")))
                .isInstanceOf(DuplicateRouteTitleException.class)
                .hasMessage("a route titled 'Park Loop' exists already (id a)");
        assertThat(routes.countDocuments()).isEqualTo(1);
    }

    @Test
    void replicasAddingTheSameTitleAtOnceAddItOnce() throws Exception {
        catalogue.prepare(NOW);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> adders = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(REPLICAS)) {
            for (int i = 0; i < REPLICAS; i++) {
                RouteCatalogue replica = new RouteCatalogue(clients.get(i).getDatabase("catalogue"));
                Route route = route("route-" + i, "Harbour run");
                adders.add(threads.submit(addedWhenReleased(start, replica, route)));
            }
            start.countDown();
            int added = 0;
            for (Future<Boolean> adder : adders) {
                added += adder.get() ? 1 : 0;
            }
            assertThat(added).isEqualTo(1);
        }
        assertThat(routes.countDocuments()).isEqualTo(1);
    }

    @Test
    void aRouteMayBeRenamedToItsOwnTitleButNotToAnothersAndMayBeArchived() {
        catalogue.prepare(NOW);
        catalogue.add(route("a", "Park Loop"));
        catalogue.add(route("b", "Harbour run"));

        assertThat(catalogue.change("a", "PARK loop", null)).get().extracting(Route::title).isEqualTo("PARK loop");
        assertThatThrownBy(() -> catalogue.change("b", "park loop", null))
                .isInstanceOf(DuplicateRouteTitleException.class)
                .hasMessage("a route titled 'PARK loop' exists already (id a)");
        assertThat(catalogue.change("b", null, true)).get().extracting(Route::archived).isEqualTo(true);
        assertThat(catalogue.change("nowhere", "x", null)).isEmpty();
    }

    @Test
    void theListHoldsRoutesNotArchivedSortedByTitleIgnoringCaseOrEveryRouteWhenAsked() {
        catalogue.prepare(NOW);
        catalogue.add(route("c", "zebra crossing"));
        catalogue.add(route("a", "Avenue A"));
        catalogue.add(new Route("b", "broadway", PATH, true, NOW));

        assertThat(catalogue.list(false)).extracting(Route::id).containsExactly("a", "c");
        assertThat(catalogue.list(true)).extracting(Route::id).containsExactly("a", "b", "c");
    }

    @Test
    void routesStoredBeforeTitlesWereUniqueGetTheirKeyAtStartEvenWhenTheirTitlesClash() {
        routes.insertOne(legacy("old-1", "Ferry Run"));
        routes.insertOne(legacy("old-2", "ferry  run"));
        routes.insertOne(legacy("old-3", "Canal Street"));

        catalogue.prepare(NOW);
        catalogue.prepare(NOW.plusSeconds(60));

        assertThat(routes.find(new Document("_id", "old-1")).first())
                .containsEntry(RouteCatalogue.TITLE_KEY, "ferry run")
                .containsEntry(RouteCatalogue.ARCHIVED, false)
                .containsEntry(RouteCatalogue.CREATED_AT, java.util.Date.from(NOW));
        assertThat(routes.find(new Document("_id", "old-2")).first())
                .containsEntry(RouteCatalogue.TITLE_KEY, "ferry run #old-2");
        assertThat(catalogue.list(false)).extracting(Route::id).containsExactly("old-3", "old-1", "old-2");
        assertThatThrownBy(() -> catalogue.add(route("new", "CANAL street")))
                .isInstanceOf(DuplicateRouteTitleException.class);
    }

    private static Callable<Boolean> addedWhenReleased(CountDownLatch start, RouteCatalogue replica, Route route) {
        return () -> {
            start.await();
            try {
                replica.add(route);
                return true;
            } catch (DuplicateRouteTitleException e) {
                return false;
            }
        };
    }

    private static Route route(String id, String title) {
        return new Route(id, title, PATH, false, NOW);
    }

    private static Document legacy(String id, String title) {
        return new Document("_id", id).append("title", title).append("geometry", new Document("type", "LineString")
                .append("coordinates", List.of(List.of(-73.99, 40.73), List.of(-73.98, 40.74))));
    }
}
