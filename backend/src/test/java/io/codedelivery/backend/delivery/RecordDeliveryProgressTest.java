package io.codedelivery.backend.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.codedelivery.backend.messaging.EventPublisher;
import io.codedelivery.backend.route.RouteCatalogue;
import io.codedelivery.contracts.DeliveryStatusChanged;
import io.codedelivery.contracts.Events;
import io.codedelivery.contracts.GeoPoint;
import io.codedelivery.contracts.PositionReported;
import io.codedelivery.contracts.Topics;
import io.codedelivery.devstack.MongoWireServer;
import io.codedelivery.devstack.Ports;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
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
    private MockProducer<String, byte[]> producer;

    @BeforeEach
    void setUp() {
        mongo = MongoWireServer.startInMemory(Ports.free());
        client = MongoClients.create(mongo.connectionString("test"));
        deliveries = new DeliveryRepository(client.getDatabase("test"));
        producer = new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
        client.getDatabase("test").getCollection("routes").insertOne(new Document("_id", "broadway")
                .append("title", "Broadway").append("geometry", new Document("type", "LineString")
                        .append("coordinates", List.of(List.of(-74.0, 40.70), List.of(-74.0, 40.71)))));
        RouteCatalogue routes = new RouteCatalogue(client.getDatabase("test"));
        progress = new RecordDeliveryProgress(deliveries, routes, new EventPublisher(producer, 1000),
                Clock.fixed(T0.plusSeconds(60), ZoneOffset.UTC));
        deliveries.add(Delivery.requested("d-1", "broadway", "Broadway", 1200.0, T0));
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
        assertThat(delivery.drivenMeters()).isEqualTo(1200.0);
        assertThat(delivery.deliveredAt()).isEqualTo(T0.plusMillis(4000));
    }

    @Test
    void aCancelledDeliveryStaysCancelledWhateverPositionsCameBeforeItsVehicleStopped() {
        progress.apply(position(0, false));
        deliveries.markCancelled("d-1", T0.plusSeconds(2), true);
        progress.apply(position(3, false));
        progress.apply(position(7, true));
        progress.apply(PositionReported.cancelledAt("d-1", "broadway", 8, new GeoPoint(40.7, -74.0), T0.plusSeconds(5)));

        Delivery delivery = deliveries.findById("d-1").orElseThrow();
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.CANCELLED);
        assertThat(delivery.cancelledAt()).isEqualTo(T0.plusSeconds(2));
        assertThat(delivery.deliveredAt()).isNull();
        assertThat(delivery.drivenMeters()).as("stopped at the route's start").isZero();
    }

    @Test
    void theStopOfACancelledVehicleCancelsADeliveryTheRecordDidNotYetSayWasCancelled() {
        progress.apply(position(0, false));
        progress.apply(PositionReported.cancelledAt("d-1", "broadway", 4, new GeoPoint(40.705, -74.0), T0.plusSeconds(5)));

        Delivery delivery = deliveries.findById("d-1").orElseThrow();
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.CANCELLED);
        assertThat(delivery.cancelledAt()).isEqualTo(T0.plusSeconds(5));
        assertThat(delivery.drivenMeters()).as("half of the 1112 m route").isCloseTo(556, within(1.0));
        assertThat(Events.read(Topics.DELIVERY_STATUS, "d-1", producer.history().getLast().value()).status())
                .isEqualTo("cancelled");
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

    @Test
    void eachChangePublishesTheDeliverysWholeRecordAndOtherPositionsPublishNothing() {
        progress.apply(position(0, false));
        progress.apply(position(3, false));
        progress.apply(position(7, true));
        List<DeliveryStatusChanged> published = producer.history().stream()
                .peek(record -> assertThat(record.topic()).isEqualTo("delivery.status"))
                .map(record -> Events.read(Topics.DELIVERY_STATUS, record.key(), record.value()))
                .toList();
        assertThat(published).extracting(DeliveryStatusChanged::status).containsExactly("in_transit", "delivered");
        DeliveryStatusChanged delivered = published.get(1);
        assertThat(delivered.routeTitle()).isEqualTo("Broadway");
        assertThat(delivered.distanceMeters()).isEqualTo(1200.0);
        assertThat(delivered.startedAt()).isEqualTo(T0.plusMillis(500));
        assertThat(delivered.deliveredAt()).isEqualTo(T0.plusMillis(4000));
        assertThat(delivered.durationSeconds()).isEqualTo(3.5);
    }

    @Test
    void aRedeliveredPositionPublishesTheCurrentRecordNeverAnOlderOne() {
        progress.apply(position(0, false));
        progress.apply(position(7, true));
        progress.apply(position(0, false));
        DeliveryStatusChanged last = Events.read(Topics.DELIVERY_STATUS, "d-1", producer.history().getLast().value());
        assertThat(last.status()).isEqualTo("delivered");
    }
}
