package io.codedelivery.backend.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.codedelivery.contracts.PositionReported;
import io.codedelivery.devstack.MongoWireServer;
import io.codedelivery.devstack.Ports;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Status follows the vehicle, and a redelivered or late position never moves it backwards. */
class RecordDeliveryProgressTest {

    private static final Instant T0 = Instant.parse("2026-11-25T14:00:00Z");

    private MongoWireServer mongo;
    private MongoClient client;
    private DeliveryRepository deliveries;
    private RecordDeliveryProgress progress;

    @BeforeEach
    void setUp() {
        mongo = MongoWireServer.startInMemory(Ports.free());
        client = MongoClients.create(mongo.connectionString("test"));
        deliveries = new DeliveryRepository(client.getDatabase("test"));
        progress = new RecordDeliveryProgress(deliveries);
        deliveries.add(Delivery.requested("d-1", "broadway", T0));
    }

    @AfterEach
    void tearDown() {
        client.close();
        mongo.close();
    }

    private static PositionReported position(long seq, boolean finished) {
        return new PositionReported("d-1", "broadway", seq, 40.7, -74.0, finished, T0.plusMillis(500 * (seq + 1)));
    }

    @Test
    void theFirstPositionPutsTheDeliveryInTransit() {
        progress.apply(position(0, false));
        Delivery delivery = deliveries.findById("d-1").orElseThrow();
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.IN_TRANSIT);
        assertThat(delivery.startedAt()).isEqualTo(T0.plusMillis(500));
    }

    @Test
    void theFinishedPositionMarksItDelivered() {
        progress.apply(position(0, false));
        progress.apply(position(7, true));
        Delivery delivery = deliveries.findById("d-1").orElseThrow();
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(delivery.deliveredAt()).isEqualTo(T0.plusMillis(4000));
    }

    @Test
    void aRedeliveredFirstPositionDoesNotUndoDelivered() {
        progress.apply(position(0, false));
        progress.apply(position(7, true));
        progress.apply(position(0, false));
        progress.apply(position(7, true));
        Delivery delivery = deliveries.findById("d-1").orElseThrow();
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(delivery.deliveredAt()).isEqualTo(T0.plusMillis(4000));
    }
}
