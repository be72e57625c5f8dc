package io.codedelivery.backend.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.codedelivery.backend.messaging.EventPublisher;
import io.codedelivery.contracts.AuditAction;
import io.codedelivery.contracts.AuditEvent;
import io.codedelivery.contracts.JsonCodec;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class AuditTrailTest {

    private static final AuditEvent.Actor LOCAL = AuditEvent.Actor.anonymous("127.0.0.1");

    private final Logger logger = (Logger) LoggerFactory.getLogger(AuditTrail.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void captureWarnings() {
        logged.start();
        logger.addAppender(logged);
    }

    @AfterEach
    void stopCapturing() {
        logger.detachAppender(logged);
    }

    @Test
    void anActionIsOneEventKeyedByItsIdWithWhoWhatWhenAndWhere() {
        MockProducer<String, byte[]> producer = AuditTrails.producer();

        AuditTrails.onto(producer).record(AuditAction.DELIVERY_CANCELLED, LOCAL, "d-1",
                AuditTrail.details("routeId", "broadway", "routeTitle", "Broadway", "driver", null));

        assertThat(producer.history()).hasSize(1);
        assertThat(producer.history().getFirst().key()).isEqualTo(AuditTrails.sent(producer).getFirst().eventId());
        AuditEvent event = AuditTrails.sent(producer).getFirst();
        assertThat(event.action()).isEqualTo("delivery.cancelled");
        assertThat(event.actor()).isEqualTo(new AuditEvent.Actor("anonymous", null, "127.0.0.1"));
        assertThat(event.subjectType()).isEqualTo("delivery");
        assertThat(event.subjectId()).isEqualTo("d-1");
        assertThat(event.at()).isEqualTo(AuditTrails.AT);
        assertThat(event.replica()).isEqualTo(AuditTrails.REPLICA);
        assertThat(event.details()).isEqualTo(Map.of("routeId", "broadway", "routeTitle", "Broadway"));
        assertThat(logged.list).isEmpty();
    }

    @Test
    void aLongTitleIsCutRatherThanTheEventRefused() {
        MockProducer<String, byte[]> producer = AuditTrails.producer();

        AuditTrails.onto(producer).record(AuditAction.ROUTE_CREATED, LOCAL, "r-1",
                AuditTrail.details("title", "Loop ".repeat(100)));

        assertThat(AuditTrails.sent(producer).getFirst().details().get("title")).hasSize(200).endsWith("…");
    }

    @Test
    void anEventKafkaDoesNotTakeIsLoggedWholeAsOneWarning() {
        MockProducer<String, byte[]> producer = new MockProducer<>(false, null, new StringSerializer(),
                new ByteArraySerializer());
        AuditTrail trail = new AuditTrail(new EventPublisher(producer, 300), "backend-1",
                Clock.fixed(AuditTrails.AT, ZoneOffset.UTC), Runnable::run);

        trail.record(AuditAction.DELIVERY_STARTED, LOCAL, "d-1", AuditTrail.details("routeId", "broadway"));
        producer.errorNext(new TimeoutException("no answer"));

        assertThat(logged.list).hasSize(1);
        ILoggingEvent warning = logged.list.getFirst();
        assertThat(warning.getLevel()).isEqualTo(Level.WARN);
        String json = warning.getKeyValuePairs().stream().filter(pair -> pair.key.equals("auditEvent"))
                .map(pair -> (String) pair.value).findFirst().orElseThrow();
        AuditEvent event = JsonCodec.decode(json, AuditEvent.class);
        assertThat(event.action()).isEqualTo("delivery.started");
        assertThat(event.subjectId()).isEqualTo("d-1");
        assertThat(event.details()).containsEntry("routeId", "broadway");
        assertThat(warning.getFormattedMessage()).contains(event.eventId(), "not sent to audit.events", "no answer");
    }

    @Test
    void aFullQueueOrAnImpossibleEventNeverFailsTheCaller() {
        AuditTrail full = new AuditTrail(new EventPublisher(AuditTrails.producer(), 300), "backend-1", Clock.systemUTC(),
                task -> {
                    throw new RejectedExecutionException("queue full");
                });

        assertThatCode(() -> full.record(AuditAction.ROUTE_CHANGED, LOCAL, "r-1", Map.of())).doesNotThrowAnyException();
        assertThatCode(() -> full.record(AuditAction.ROUTE_CHANGED, LOCAL, "not an id", Map.of()))
                .doesNotThrowAnyException();

        assertThat(logged.list).hasSize(2).allMatch(event -> event.getLevel() == Level.WARN);
        assertThat(logged.list.get(0).getFormattedMessage()).contains("not sent", "queue full");
        assertThat(logged.list.get(1).getFormattedMessage()).contains("route.changed on not an id not recorded");
    }

    @Test
    void anAnonymousActorKeepsItsAddressOrAHarmlessFormOfIt() {
        assertThat(AuditTrail.anonymous("0:0:0:0:0:0:0:1").address()).isEqualTo("0:0:0:0:0:0:0:1");
        assertThat(AuditTrail.anonymous("10.0.0.1, 10.0.0.2").address()).isEqualTo("10.0.0.1__10.0.0.2");
        assertThat(AuditTrail.anonymous("x".repeat(100)).address()).hasSize(64);
        assertThat(AuditTrail.anonymous(null).address()).isNull();
        assertThat(AuditTrail.anonymous("").address()).isNull();
    }
}
