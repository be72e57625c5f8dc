package io.codedelivery.backend.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.codedelivery.backend.audit.AuditTrails;
import io.codedelivery.backend.messaging.EventPublisher;
import io.codedelivery.backend.messaging.KafkaReachability;
import io.codedelivery.contracts.AuditEvent;
import io.codedelivery.contracts.DeliveryCancelled;
import io.codedelivery.contracts.DeliveryStatusChanged;
import io.codedelivery.contracts.Events;
import io.codedelivery.contracts.Topics;
import io.codedelivery.devstack.MongoWireServer;
import io.codedelivery.devstack.Ports;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Cancelling against the wire server: the record first, then the vehicle is told; idempotent, never backwards. */
class CancelDeliveryTest {

    private static final Instant NOW = Instant.parse("2026-11-25T14:00:00Z");
    private static final AuditEvent.Actor ACTOR = AuditEvent.Actor.anonymous("192.0.2.7");

    private MongoWireServer mongo;
    private MongoClient client;
    private DeliveryRepository deliveries;
    private KafkaReachability kafka;
    private final MockProducer<String, byte[]> audited = AuditTrails.producer();

    @BeforeEach
    void setUp() {
        mongo = MongoWireServer.startInMemory(Ports.free());
        client = MongoClients.create(mongo.connectionString("test"));
        deliveries = new DeliveryRepository(client.getDatabase("test"));
        kafka = new KafkaReachability(Admin.create(Map.of("bootstrap.servers", "127.0.0.1:" + Ports.free())),
                Duration.ofMillis(300), Clock.fixed(NOW, ZoneOffset.UTC));
        deliveries.add(Delivery.requested("d-1", "broadway", "Broadway", 1200.0, NOW.minusSeconds(60)));
        deliveries.markRequestPublished("d-1");
        deliveries.markInTransit("d-1", NOW.minusSeconds(50));
    }

    @AfterEach
    void tearDown() {
        kafka.stop();
        client.close();
        mongo.close();
    }

    private CancelDelivery cancelling(MockProducer<String, byte[]> producer) {
        EventPublisher publisher = new EventPublisher(producer, 300);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        return new CancelDelivery(deliveries, new DeliveryCancellations(publisher, deliveries,
                Devices.positions(client.getDatabase("test"), publisher, clock)), kafka, AuditTrails.onto(audited), clock);
    }

    private static MockProducer<String, byte[]> takingEverything() {
        return new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
    }

    @Test
    void anInTransitDeliveryIsRecordedCancelledThenItsVehicleIsToldAndEveryoneGetsTheRecord() {
        MockProducer<String, byte[]> producer = takingEverything();

        Delivery cancelled = cancelling(producer).cancel("d-1", ACTOR);

        assertThat(cancelled.status()).isEqualTo(DeliveryStatus.CANCELLED);
        assertThat(cancelled.cancelledAt()).isEqualTo(NOW);
        assertThat(deliveries.findById("d-1")).contains(cancelled);
        assertThat(producer.history()).extracting(ProducerRecord::topic)
                .containsExactly(Topics.DELIVERY_CANCELLED.name(), Topics.DELIVERY_STATUS.name());
        assertThat(Events.read(Topics.DELIVERY_CANCELLED, "d-1", producer.history().get(0).value()))
                .isEqualTo(new DeliveryCancelled("d-1", NOW));
        DeliveryStatusChanged record = Events.read(Topics.DELIVERY_STATUS, "d-1", producer.history().get(1).value());
        assertThat(record.status()).isEqualTo("cancelled");
        assertThat(record.durationSeconds()).isEqualTo(50.0);
        assertThat(deliveries.cancellationPending("d-1")).isFalse();
    }

    @Test
    void theCallThatCancelsIsAuditedOnceWithWhoAndWhatItStopped() {
        cancelling(takingEverything()).cancel("d-1", ACTOR);

        assertThat(AuditTrails.sent(audited)).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo("delivery.cancelled");
            assertThat(event.subjectType()).isEqualTo("delivery");
            assertThat(event.subjectId()).isEqualTo("d-1");
            assertThat(event.actor()).isEqualTo(ACTOR);
            assertThat(event.details()).isEqualTo(Map.of("routeId", "broadway", "routeTitle", "Broadway",
                    "driver", "simulator", "statusBefore", "in_transit"));
        });
    }

    @Test
    void cancellingAgainAnswersTheSameRecordAndPublishesNothingMore() {
        MockProducer<String, byte[]> producer = takingEverything();
        Delivery first = cancelling(producer).cancel("d-1", ACTOR);

        Delivery again = new CancelDelivery(deliveries,
                new DeliveryCancellations(new EventPublisher(producer, 300), deliveries, Devices.positions(
                        client.getDatabase("test"), new EventPublisher(producer, 300), Clock.systemUTC())), kafka,
                AuditTrails.onto(audited), Clock.fixed(NOW.plusSeconds(9), ZoneOffset.UTC)).cancel("d-1", ACTOR);

        assertThat(again).isEqualTo(first);
        assertThat(producer.history()).hasSize(2);
        assertThat(AuditTrails.sent(audited)).hasSize(1);
    }

    @Test
    void aRequestedDeliveryIsCancelledAndItsRequestIsNoLongerPending() {
        deliveries.add(Delivery.requested("d-2", "broadway", "Broadway", 1200.0, NOW.minusSeconds(60)));

        Delivery cancelled = cancelling(takingEverything()).cancel("d-2", ACTOR);

        assertThat(cancelled.status()).isEqualTo(DeliveryStatus.CANCELLED);
        assertThat(cancelled.startedAt()).isNull();
        assertThat(deliveries.requestsPendingSince(NOW, 10)).isEmpty();
        assertThat(AuditTrails.sent(audited)).extracting(event -> event.details().get("statusBefore"))
                .containsExactly("requested");
    }

    @Test
    void aDeliveredDeliveryCannotBeCancelledAndStaysDelivered() {
        deliveries.markDelivered("d-1", NOW.minusSeconds(10));
        MockProducer<String, byte[]> producer = takingEverything();

        assertThatThrownBy(() -> cancelling(producer).cancel("d-1", ACTOR))
                .isInstanceOf(DeliveryAlreadyDeliveredException.class)
                .hasMessage("delivery 'd-1' was delivered at 2026-11-25T13:59:50Z; a delivered delivery cannot be cancelled");
        assertThat(deliveries.findById("d-1").orElseThrow().status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(producer.history()).isEmpty();
        assertThat(AuditTrails.sent(audited)).isEmpty();
    }

    @Test
    void anUnknownDeliveryIsSaidToBeUnknown() {
        assertThatThrownBy(() -> cancelling(takingEverything()).cancel("nope", ACTOR))
                .isInstanceOf(UnknownDeliveryException.class);
        assertThat(AuditTrails.sent(audited)).isEmpty();
    }

    @Test
    void aCancellationKafkaDoesNotTakeStaysPendingAndTheCallerIsStillAnswered() {
        MockProducer<String, byte[]> neverAnswers = new MockProducer<>(false, null, new StringSerializer(),
                new ByteArraySerializer());

        Delivery cancelled = cancelling(neverAnswers).cancel("d-1", ACTOR);

        assertThat(cancelled.status()).isEqualTo(DeliveryStatus.CANCELLED);
        assertThat(deliveries.cancellationPending("d-1")).isTrue();
        assertThat(deliveries.cancellationsPendingSince(NOW.plusSeconds(1), 10)).extracting(Delivery::id)
                .containsExactly("d-1");
    }

    @Test
    void aDeliveryCancelledWhileItsVehicleArrivedStaysCancelled() {
        cancelling(takingEverything()).cancel("d-1", ACTOR);

        deliveries.markDelivered("d-1", NOW.plusSeconds(1));

        assertThat(deliveries.findById("d-1").orElseThrow().status()).isEqualTo(DeliveryStatus.CANCELLED);
    }
}
