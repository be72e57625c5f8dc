package io.codedelivery.backend.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.codedelivery.devstack.MongoWireServer;
import io.codedelivery.devstack.Ports;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The history's filters and paging against the wire server. */
class DeliveryHistoryTest {

    private static final Instant T0 = Instant.parse("2026-11-25T14:00:00Z");

    private MongoWireServer mongo;
    private MongoClient client;
    private DeliveryRepository deliveries;

    @BeforeEach
    void setUp() {
        mongo = MongoWireServer.startInMemory(Ports.free());
        client = MongoClients.create(mongo.connectionString("test"));
        deliveries = new DeliveryRepository(client.getDatabase("test"));
        // d-0 .. d-9, one a minute; even ones on broadway, odd ones on fifth; d-3 delivered, d-4 cancelled, d-5 in transit
        for (int i = 0; i < 10; i++) {
            String route = i % 2 == 0 ? "broadway" : "fifth";
            deliveries.add(Delivery.requested("d-" + i, route, route, 1000, T0.plusSeconds(60L * i)));
        }
        deliveries.markInTransit("d-3", T0.plusSeconds(200));
        deliveries.markDelivered("d-3", T0.plusSeconds(300));
        deliveries.markCancelled("d-4", T0.plusSeconds(250), false);
        deliveries.markInTransit("d-5", T0.plusSeconds(310));
    }

    @AfterEach
    void tearDown() {
        client.close();
        mongo.close();
    }

    private DeliveryPage find(Set<DeliveryStatus> statuses, String routeId, Instant from, Instant to, int page, int size) {
        return deliveries.find(new DeliveryQuery(statuses, Optional.ofNullable(routeId), Optional.ofNullable(from),
                Optional.ofNullable(to), page, size));
    }

    @Test
    void everyDeliveryNewestFirstOnePageAtATime() {
        DeliveryPage first = find(Set.of(), null, null, null, 0, 4);
        DeliveryPage last = find(Set.of(), null, null, null, 2, 4);

        assertThat(first.items()).extracting(Delivery::id).containsExactly("d-9", "d-8", "d-7", "d-6");
        assertThat(last.items()).extracting(Delivery::id).containsExactly("d-1", "d-0");
        assertThat(first.total()).isEqualTo(10);
        assertThat(find(Set.of(), null, null, null, 3, 4).items()).isEmpty();
    }

    @Test
    void byStatusesByRouteAndByTheTimeTheyWereRequested() {
        assertThat(find(Set.of(DeliveryStatus.DELIVERED, DeliveryStatus.CANCELLED), null, null, null, 0, 20).items())
                .extracting(Delivery::id).containsExactly("d-4", "d-3");
        assertThat(find(Set.of(DeliveryStatus.REQUESTED), "broadway", null, null, 0, 20).items())
                .extracting(Delivery::id).containsExactly("d-8", "d-6", "d-2", "d-0");
        DeliveryPage window = find(Set.of(), null, T0.plusSeconds(120), T0.plusSeconds(300), 0, 20);
        assertThat(window.items()).extracting(Delivery::id).as("from inclusive, to exclusive")
                .containsExactly("d-4", "d-3", "d-2");
        assertThat(window.total()).isEqualTo(3);
    }

    @Test
    void aDeliveryShowsItsWholeLifecycle() {
        Delivery delivered = find(Set.of(DeliveryStatus.DELIVERED), null, null, null, 0, 1).items().getFirst();
        Delivery cancelled = find(Set.of(DeliveryStatus.CANCELLED), null, null, null, 0, 1).items().getFirst();

        assertThat(delivered).isEqualTo(new Delivery("d-3", "fifth", "fifth", 1000, DeliveryStatus.DELIVERED,
                T0.plusSeconds(180), T0.plusSeconds(200), T0.plusSeconds(300), null, null));
        assertThat(delivered.drivenMeters()).isEqualTo(1000);
        assertThat(cancelled).isEqualTo(new Delivery("d-4", "broadway", "broadway", 1000, DeliveryStatus.CANCELLED,
                T0.plusSeconds(240), null, null, T0.plusSeconds(250), null));
        assertThat(cancelled.drivenMeters()).as("never started").isZero();
    }
}
