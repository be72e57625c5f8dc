package io.codedelivery.backend.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.codedelivery.backend.messaging.EventPublisher;
import io.codedelivery.backend.messaging.KafkaReachability;
import io.codedelivery.backend.route.RouteCatalogue;
import io.codedelivery.contracts.DeliveryRequested;
import io.codedelivery.contracts.Events;
import io.codedelivery.contracts.Topics;
import io.codedelivery.devstack.MongoWireServer;
import io.codedelivery.devstack.Ports;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The delivery document as the outbox: a request a dead process stored but never published goes out later, once. */
class PendingRequestsTest {

    private static final Instant NOW = Instant.parse("2026-11-25T14:00:00Z");
    private static final Duration AFTER = Duration.ofSeconds(30);

    private MongoWireServer mongo;
    private MongoClient client;
    private DeliveryRepository deliveries;
    private MockProducer<String, byte[]> producer;
    private KafkaReachability kafka;
    private PendingRequests pending;

    @BeforeEach
    void setUp() {
        mongo = MongoWireServer.startInMemory(Ports.free());
        client = MongoClients.create(mongo.connectionString("test"));
        MongoDatabase database = client.getDatabase("test");
        database.getCollection("routes").insertOne(new Document("_id", "broadway").append("title", "Broadway")
                .append("geometry", new Document("type", "LineString")
                        .append("coordinates", List.of(List.of(-73.99, 40.73), List.of(-74.01, 40.70)))));
        deliveries = new DeliveryRepository(database);
        producer = new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        kafka = new KafkaReachability(Admin.create(Map.of("bootstrap.servers", "127.0.0.1:" + Ports.free())),
                Duration.ofMillis(300), clock);
        pending = new PendingRequests(deliveries, new RouteCatalogue(database),
                new DeliveryRequests(new EventPublisher(producer, 1000), deliveries),
                new DeliveryCancellations(new EventPublisher(producer, 1000), deliveries,
                        Devices.positions(database, new EventPublisher(producer, 1000), clock)), kafka, clock, AFTER);
    }

    @AfterEach
    void tearDown() {
        kafka.stop();
        client.close();
        mongo.close();
    }

    @Test
    void aDeliveryStoredButNeverPublishedIsPublishedOnceItIsOverdue() {
        deliveries.add(Delivery.requested("left-by-a-crash", "broadway", "Broadway", 3900, NOW.minus(AFTER).minusSeconds(1)));

        pending.publishPending();
        pending.publishPending();

        assertThat(requestsFor("left-by-a-crash")).singleElement()
                .satisfies(request -> assertThat(request.requestedAt()).isEqualTo(NOW.minus(AFTER).minusSeconds(1)));
        assertThat(topicsSentTo()).containsExactly(Topics.DELIVERY_STATUS.name(), Topics.DELIVERY_REQUESTED.name());
        assertThat(deliveries.requestsPendingSince(NOW, 10)).isEmpty();
    }

    @Test
    void aCancellationStoredButNeverPublishedIsPublishedOnceItIsOverdue() {
        deliveries.add(Delivery.requested("cancelled-then-crashed", "broadway", "Broadway", 3900, NOW.minusSeconds(90)));
        deliveries.markRequestPublished("cancelled-then-crashed");
        deliveries.markCancelled("cancelled-then-crashed", NOW.minus(AFTER).minusSeconds(1), true);

        pending.publishPending();
        pending.publishPending();

        assertThat(topicsSentTo()).containsExactly(Topics.DELIVERY_CANCELLED.name(), Topics.DELIVERY_STATUS.name());
        assertThat(deliveries.cancellationsPendingSince(NOW, 10)).isEmpty();
        assertThat(deliveries.findById("cancelled-then-crashed")).get().extracting(Delivery::status)
                .isEqualTo(DeliveryStatus.CANCELLED);
    }

    @Test
    void aDeliveryCancelledBeforeItsRequestWentOutIsNeverRequested() {
        deliveries.add(Delivery.requested("cancelled-at-once", "broadway", "Broadway", 3900, NOW.minusSeconds(90)));
        deliveries.markCancelled("cancelled-at-once", NOW.minusSeconds(89), false);

        pending.publishPending();

        assertThat(requestsFor("cancelled-at-once")).isEmpty();
    }

    @Test
    void aDeliveryStillWithinItsPublishBoundIsLeftToTheRequestThatStoredIt() {
        deliveries.add(Delivery.requested("being-published", "broadway", "Broadway", 3900, NOW.minusSeconds(5)));

        pending.publishPending();

        assertThat(producer.history()).isEmpty();
        assertThat(deliveries.requestsPendingSince(NOW, 10)).extracting(Delivery::id).containsExactly("being-published");
    }

    @Test
    void aDeliveryAlreadyUnderWayIsOnlyMarkedNotRequestedAgain() {
        deliveries.add(Delivery.requested("published-then-crashed", "broadway", "Broadway", 3900, NOW.minusSeconds(60)));
        deliveries.markInTransit("published-then-crashed", NOW.minusSeconds(59));

        pending.publishPending();

        assertThat(producer.history()).isEmpty();
        assertThat(deliveries.requestsPendingSince(NOW, 10)).isEmpty();
    }

    @Test
    void whileKafkaIsUnreachableNothingIsTriedAndTheDeliveryStaysPending() {
        deliveries.add(Delivery.requested("waiting", "broadway", "Broadway", 3900, NOW.minusSeconds(60)));
        kafka.check();

        pending.publishPending();

        assertThat(producer.history()).isEmpty();
        assertThat(deliveries.requestsPendingSince(NOW, 10)).extracting(Delivery::id).containsExactly("waiting");
    }

    private List<DeliveryRequested> requestsFor(String deliveryId) {
        return producer.history().stream().filter(record -> record.topic().equals(Topics.DELIVERY_REQUESTED.name()))
                .map(record -> Events.read(Topics.DELIVERY_REQUESTED, record.key(), record.value()))
                .filter(request -> request.deliveryId().equals(deliveryId)).toList();
    }

    private List<String> topicsSentTo() {
        return producer.history().stream().map(ProducerRecord::topic).toList();
    }
}
