package io.codedelivery.backend.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.codedelivery.backend.messaging.EventPublisher;
import io.codedelivery.backend.messaging.PublishFailedException;
import io.codedelivery.backend.route.RouteCatalogue;
import io.codedelivery.backend.route.UnknownRouteException;
import io.codedelivery.devstack.MongoWireServer;
import io.codedelivery.devstack.Ports;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
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
        unreachable = new KafkaProducer<>(Map.of("bootstrap.servers", "127.0.0.1:" + Ports.free(), "max.block.ms", 300),
                new StringSerializer(), new ByteArraySerializer());
        deliveries = new DeliveryRepository(database);
        startDelivery = new StartDelivery(new RouteCatalogue(database), deliveries, new EventPublisher(unreachable),
                Clock.fixed(Instant.parse("2026-11-25T14:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void tearDown() {
        unreachable.close(java.time.Duration.ZERO);
        client.close();
        mongo.close();
    }

    @Test
    void aDeliveryKafkaDidNotTakeIsNotKept() {
        assertThatThrownBy(() -> startDelivery.start("broadway")).isInstanceOf(PublishFailedException.class);
        assertThat(client.getDatabase("test").getCollection("deliveries").countDocuments()).isZero();
    }

    @Test
    void anUnknownRouteIsRefusedBeforeAnythingIsStored() {
        assertThatThrownBy(() -> startDelivery.start("nowhere")).isInstanceOf(UnknownRouteException.class);
        assertThat(client.getDatabase("test").getCollection("deliveries").countDocuments()).isZero();
    }
}
