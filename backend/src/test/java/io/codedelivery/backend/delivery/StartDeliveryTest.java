package io.codedelivery.backend.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.codedelivery.backend.audit.AuditTrails;
import io.codedelivery.backend.device.DeviceLinks;
import io.codedelivery.backend.device.DeviceTrackRepository;
import io.codedelivery.backend.messaging.EventPublisher;
import io.codedelivery.backend.messaging.KafkaReachability;
import io.codedelivery.backend.messaging.PublishFailedException;
import io.codedelivery.backend.route.ArchivedRouteException;
import io.codedelivery.backend.route.RouteCatalogue;
import io.codedelivery.backend.route.UnknownRouteException;
import io.codedelivery.contracts.AuditEvent;
import io.codedelivery.devstack.MongoWireServer;
import io.codedelivery.devstack.Ports;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Starting a delivery when Kafka cannot take the event: the caller is told and no delivery is left waiting. */
class StartDeliveryTest {

    private MongoWireServer mongo;
    private MongoClient client;
    private KafkaProducer<String, byte[]> unreachable;
    private KafkaReachability kafka;
    private DeliveryRepository deliveries;
    private StartDelivery startDelivery;
    private Clock clock;
    private final MockProducer<String, byte[]> audited = AuditTrails.producer();

    @BeforeEach
    void setUp() {
        mongo = MongoWireServer.startInMemory(Ports.free());
        client = MongoClients.create(mongo.connectionString("test"));
        MongoDatabase database = client.getDatabase("test");
        database.getCollection("routes").insertOne(new Document("_id", "broadway").append("title", "Broadway")
                .append("geometry", new Document("type", "LineString")
                        .append("coordinates", java.util.List.of(java.util.List.of(-73.99, 40.73), java.util.List.of(-74.01, 40.70)))));
        String nowhere = "127.0.0.1:" + Ports.free();
        unreachable = new KafkaProducer<>(Map.of("bootstrap.servers", nowhere, "max.block.ms", 300),
                new StringSerializer(), new ByteArraySerializer());
        clock = Clock.fixed(Instant.parse("2026-11-25T14:00:00Z"), ZoneOffset.UTC);
        kafka = new KafkaReachability(Admin.create(Map.of("bootstrap.servers", nowhere)), Duration.ofMillis(300), clock);
        deliveries = new DeliveryRepository(database);
        startDelivery = new StartDelivery(new RouteCatalogue(database), deliveries, new IdempotencyKeyRepository(database),
                new DeliveryRequests(new EventPublisher(unreachable, 2_000), deliveries),
                new DeviceLinks(new DeviceTrackRepository(database)), kafka, AuditTrails.onto(audited), clock);
    }

    @AfterEach
    void tearDown() {
        unreachable.close(Duration.ZERO);
        kafka.stop();
        client.close();
        mongo.close();
    }

    @Test
    void aDeliveryKafkaDidNotTakeIsNotKeptNorItsIdempotencyKey() {
        Optional<IdempotencyKey> key = IdempotencyKey.of("retry-me");

        assertThatThrownBy(() -> startDelivery.start("broadway", key)).isInstanceOf(PublishFailedException.class);

        assertThat(client.getDatabase("test").getCollection("deliveries").countDocuments()).isZero();
        assertThat(client.getDatabase("test").getCollection("delivery-requests").countDocuments()).isZero();
        assertThat(AuditTrails.sent(audited)).isEmpty();
    }

    @Test
    void aNewStartIsAuditedOnceAndARetryWithTheSameIdempotencyKeyIsNot() {
        MockProducer<String, byte[]> takingEverything = AuditTrails.producer();
        MongoDatabase database = client.getDatabase("test");
        StartDelivery starting = new StartDelivery(new RouteCatalogue(database), deliveries,
                new IdempotencyKeyRepository(database),
                new DeliveryRequests(new EventPublisher(takingEverything, 300), deliveries),
                new DeviceLinks(new DeviceTrackRepository(database)), kafka, AuditTrails.onto(audited), clock);
        AuditEvent.Actor actor = AuditEvent.Actor.anonymous("198.51.100.4");

        StartDelivery.Started first = starting.start("broadway", DeliveryDriver.DEVICE, IdempotencyKey.of("once"), actor);
        StartDelivery.Started replay = starting.start("broadway", DeliveryDriver.DEVICE, IdempotencyKey.of("once"), actor);

        assertThat(replay.replayed()).isTrue();
        assertThat(replay.delivery().id()).isEqualTo(first.delivery().id());
        assertThat(AuditTrails.sent(audited)).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo("delivery.started");
            assertThat(event.subjectType()).isEqualTo("delivery");
            assertThat(event.subjectId()).isEqualTo(first.delivery().id());
            assertThat(event.actor()).isEqualTo(actor);
            assertThat(event.at()).isEqualTo(AuditTrails.AT);
            assertThat(event.details()).isEqualTo(Map.of("routeId", "broadway", "routeTitle", "Broadway",
                    "driver", "device"));
        });
    }

    @Test
    void whileKafkaIsKnownUnreachableADeliveryIsRefusedAtOnce() {
        kafka.check();
        assertThat(kafka.reachable()).isFalse();

        assertThatThrownBy(() -> startDelivery.start("broadway", Optional.empty()))
                .isInstanceOf(PublishFailedException.class)
                .hasMessageContaining("Kafka is unreachable");
        assertThat(client.getDatabase("test").getCollection("deliveries").countDocuments()).isZero();
    }

    @Test
    void anUnknownRouteIsRefusedBeforeAnythingIsStored() {
        assertThatThrownBy(() -> startDelivery.start("nowhere", Optional.empty())).isInstanceOf(UnknownRouteException.class);
        assertThat(client.getDatabase("test").getCollection("deliveries").countDocuments()).isZero();
    }

    @Test
    void anArchivedRouteIsRefusedBeforeAnythingIsStored() {
        client.getDatabase("test").getCollection("routes").updateOne(new Document("_id", "broadway"),
                new Document("$set", new Document("archived", true)));

        assertThatThrownBy(() -> startDelivery.start("broadway", IdempotencyKey.of("on-archived")))
                .isInstanceOf(ArchivedRouteException.class)
                .hasMessageStartingWith("route broadway is archived");
        assertThat(client.getDatabase("test").getCollection("deliveries").countDocuments()).isZero();
        assertThat(client.getDatabase("test").getCollection("delivery-requests").countDocuments()).isZero();
    }

    @Test
    void aMalformedIdempotencyKeyIsRefused() {
        assertThatThrownBy(() -> IdempotencyKey.of("with space")).isInstanceOf(InvalidIdempotencyKeyException.class);
        assertThatThrownBy(() -> IdempotencyKey.of("k".repeat(256))).isInstanceOf(InvalidIdempotencyKeyException.class);
        assertThatThrownBy(() -> IdempotencyKey.of("")).isInstanceOf(InvalidIdempotencyKeyException.class);
    }
}
