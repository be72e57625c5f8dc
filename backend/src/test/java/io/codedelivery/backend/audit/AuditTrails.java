package io.codedelivery.backend.audit;

import io.codedelivery.backend.messaging.EventPublisher;
import io.codedelivery.contracts.AuditEvent;
import io.codedelivery.contracts.Events;
import io.codedelivery.contracts.Topics;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** An audit trail that sends on the caller's thread to a {@link MockProducer}, and what it sent. */
public final class AuditTrails {

    public static final String REPLICA = "backend-test";
    public static final Instant AT = Instant.parse("2026-11-25T14:00:00Z");

    private AuditTrails() {
    }

    public static MockProducer<String, byte[]> producer() {
        return new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
    }

    public static AuditTrail onto(MockProducer<String, byte[]> producer) {
        return new AuditTrail(new EventPublisher(producer, 300), REPLICA, Clock.fixed(AT, ZoneOffset.UTC), Runnable::run);
    }

    /** The audit events sent, read as their readers read them (keyed by their event id). */
    public static List<AuditEvent> sent(MockProducer<String, byte[]> producer) {
        return producer.history().stream().filter(record -> record.topic().equals(Topics.AUDIT_EVENTS.name()))
                .map(record -> Events.read(Topics.AUDIT_EVENTS, record.key(), record.value())).toList();
    }
}
