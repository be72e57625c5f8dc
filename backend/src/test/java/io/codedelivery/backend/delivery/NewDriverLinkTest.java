package io.codedelivery.backend.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.codedelivery.backend.audit.AuditTrails;
import io.codedelivery.backend.device.DeviceLinks;
import io.codedelivery.backend.device.DeviceTrackRepository;
import io.codedelivery.contracts.AuditEvent;
import io.codedelivery.devstack.MongoWireServer;
import io.codedelivery.devstack.Ports;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.clients.producer.MockProducer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A new driver link against the wire server: each one issued is audited, one refused is not. */
class NewDriverLinkTest {

    private static final Instant NOW = Instant.parse("2026-11-25T14:00:00Z");
    private static final AuditEvent.Actor ACTOR = AuditEvent.Actor.anonymous("203.0.113.9");

    private MongoWireServer mongo;
    private MongoClient client;
    private final MockProducer<String, byte[]> audited = AuditTrails.producer();
    private NewDriverLink newDriverLink;

    @BeforeEach
    void setUp() {
        mongo = MongoWireServer.startInMemory(Ports.free());
        client = MongoClients.create(mongo.connectionString("test"));
        DeliveryRepository deliveries = new DeliveryRepository(client.getDatabase("test"));
        deliveries.add(Delivery.requested("d-1", "broadway", "Broadway", 1200.0, NOW, DeliveryDriver.DEVICE));
        deliveries.add(Delivery.requested("d-2", "broadway", "Broadway", 1200.0, NOW));
        newDriverLink = new NewDriverLink(deliveries,
                new DeviceLinks(new DeviceTrackRepository(client.getDatabase("test"))), AuditTrails.onto(audited));
    }

    @AfterEach
    void tearDown() {
        client.close();
        mongo.close();
    }

    @Test
    void eachLinkIssuedIsAuditedWithTheDeliveryItDrives() {
        newDriverLink.issue("d-1", ACTOR);
        newDriverLink.issue("d-1", ACTOR);

        assertThat(AuditTrails.sent(audited)).hasSize(2).allSatisfy(event -> {
            assertThat(event.action()).isEqualTo("driver-link.issued");
            assertThat(event.subjectType()).isEqualTo("delivery");
            assertThat(event.subjectId()).isEqualTo("d-1");
            assertThat(event.actor()).isEqualTo(ACTOR);
            assertThat(event.details()).isEqualTo(Map.of("routeId", "broadway", "routeTitle", "Broadway"));
        });
    }

    @Test
    void aLinkRefusedIsNotAudited() {
        assertThatThrownBy(() -> newDriverLink.issue("d-2", ACTOR)).isInstanceOf(NewDriverLink.NotDeviceDrivenException.class);
        assertThatThrownBy(() -> newDriverLink.issue("nope", ACTOR)).isInstanceOf(UnknownDeliveryException.class);

        assertThat(AuditTrails.sent(audited)).isEmpty();
    }
}
