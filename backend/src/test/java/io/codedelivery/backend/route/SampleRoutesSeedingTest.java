package io.codedelivery.backend.route;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.codedelivery.devstack.MongoWireServer;
import io.codedelivery.devstack.Ports;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Replicas starting together on an empty database, each with its own client, against the MongoDB wire server. */
class SampleRoutesSeedingTest {

    private static final int REPLICAS = 6;
    private static final int ROUNDS = 40;
    private static final Instant NOW = Instant.parse("2026-11-25T14:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private MongoWireServer mongo;
    private final List<MongoClient> clients = new ArrayList<>();

    @BeforeEach
    void startDatabase() {
        mongo = MongoWireServer.startInMemory(Ports.free());
        for (int i = 0; i < REPLICAS; i++) {
            clients.add(MongoClients.create(mongo.connectionString("seeding")));
        }
    }

    @AfterEach
    void stopDatabase() {
        clients.forEach(MongoClient::close);
        mongo.close();
    }

    @Test
    void replicasStartingAtOnceAllStartAndEachSampleRouteIsThereOnce() throws Exception {
        List<Route> samples = SampleRoutes.load(NOW);
        MongoCollection<Document> routes = clients.getFirst().getDatabase("seeding").getCollection("routes");
        for (int round = 0; round < ROUNDS; round++) {
            routes.drop();

            seedAtOnce();

            assertThat(routes.countDocuments()).as("round %d", round).isEqualTo(samples.size());
            for (Route sample : samples) {
                assertThat(routes.countDocuments(Filters.eq("_id", sample.id()))).isEqualTo(1);
            }
        }
    }

    @Test
    void aSampleRouteAlreadyThereIsLeftAsItIs() {
        MongoDatabase database = clients.getFirst().getDatabase("seeding");
        Route first = SampleRoutes.load(NOW).getFirst();
        RouteCatalogue catalogue = new RouteCatalogue(database);
        catalogue.add(new Route(first.id(), "Renamed by an operator", first.path(), false, NOW));

        new SampleRoutes(catalogue, CLOCK).run(null);

        assertThat(catalogue.findById(first.id())).get().extracting(Route::title).isEqualTo("Renamed by an operator");
        assertThat(catalogue.list(true)).hasSize(SampleRoutes.load(NOW).size());
    }

    @Test
    void sampleRoutesAreSeededNotArchivedWithTheSeedingTimeAsTheirCreationTime() {
        RouteCatalogue catalogue = new RouteCatalogue(clients.getFirst().getDatabase("seeding"));

        new SampleRoutes(catalogue, CLOCK).run(null);

        assertThat(catalogue.list(false)).hasSize(SampleRoutes.load(NOW).size())
                .allSatisfy(route -> assertThat(route.createdAt()).isEqualTo(NOW))
                .noneMatch(Route::archived);
    }

    @Test
    void addingARouteThatIsAlreadyThereIsNoErrorJustNotAdded() {
        RouteCatalogue catalogue = new RouteCatalogue(clients.getFirst().getDatabase("seeding"));
        Route route = SampleRoutes.load(NOW).getFirst();

        assertThat(catalogue.addIfAbsent(route)).isTrue();
        assertThat(catalogue.addIfAbsent(route)).isFalse();
    }

    /** Every replica's seeding, released at the same moment; fails when any of them throws. */
    private void seedAtOnce() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Void>> seeders = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(REPLICAS)) {
            for (MongoClient client : clients) {
                SampleRoutes seeder = new SampleRoutes(new RouteCatalogue(client.getDatabase("seeding")), CLOCK);
                seeders.add(CompletableFuture.runAsync(() -> {
                    awaitQuietly(start);
                    seeder.run(null);
                }, threads));
            }
            start.countDown();
            CompletableFuture.allOf(seeders.toArray(CompletableFuture[]::new)).get();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
