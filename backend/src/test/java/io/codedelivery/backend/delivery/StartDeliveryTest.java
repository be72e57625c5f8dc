package io.codedelivery.backend.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.codedelivery.backend.messaging.EventPublisher;
import io.codedelivery.backend.messaging.KafkaReachability;
import io.codedelivery.backend.messaging.PublishFailedException;
import io.codedelivery.backend.route.ArchivedRouteException;
import io.codedelivery.backend.route.RouteCatalogue;
import io.codedelivery.backend.route.UnknownRouteException;
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
        Clock clock = Clock.fixed(Instant.parse("2026-11-25T14:00:00Z"), ZoneOffset.UTC);
        kafka = new KafkaReachability(Admin.create(Map.of("bootstrap.servers", nowhere)), Duration.ofMillis(300), clock);
        deliveries = new DeliveryRepository(database);
        startDelivery = new StartDelivery(new RouteCatalogue(database), deliveries, new IdempotencyKeyRepository(database),
                new DeliveryRequests(new EventPublisher(unreachable, 2_000), deliveries), kafka, clock);
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
