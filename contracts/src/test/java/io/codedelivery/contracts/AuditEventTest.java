package io.codedelivery.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class AuditEventTest {

    private static final JsonMapper TREES = JsonMapper.builder().build();
    private static final Instant AT = Instant.parse("2026-11-25T14:03:00Z");
    private static final String ID = "7c9e6679-7425-40de-944b-e07fc1f90ae7";

    private static final AuditEvent GOLDEN = new AuditEvent(ID, "delivery.cancelled",
            AuditEvent.Actor.anonymous("127.0.0.1"), "delivery", "d-0b7e2f4a", AT, "backend-1",
            Map.of("routeId", "fifth-avenue", "routeTitle", "Washington Square to Madison Square",
                    "driver", "simulator", "statusBefore", "in_transit"));

    @Test
    void auditEventsReadAndWriteTheGoldenSampleKeyedByTheirEventId() {
        assertThat(Events.read(Topics.AUDIT_EVENTS, ID, GoldenSamples.auditEvent())).isEqualTo(GOLDEN);
        assertThat(TREES.readTree(Events.write(Topics.AUDIT_EVENTS, ID, GOLDEN)))
                .isEqualTo(TREES.readTree(GoldenSamples.auditEvent()));
        assertThatThrownBy(() -> Events.read(Topics.AUDIT_EVENTS, "d-0b7e2f4a", GoldenSamples.auditEvent()))
                .isInstanceOf(MalformedEventException.class)
                .hasMessage("audit.events: record key differs from the eventId");
    }

    @Test
    void aNewEventHasARandomIdAndTheSubjectTypeOfItsAction() {
        AuditEvent first = AuditEvent.of(AuditAction.ROUTE_IMPORTED, AuditEvent.Actor.anonymous("::1"), "r-1", AT,
                null, null);
        AuditEvent second = AuditEvent.of(AuditAction.ROUTE_IMPORTED, AuditEvent.Actor.anonymous("::1"), "r-1", AT,
                null, null);

        assertThat(first.eventId()).isNotEqualTo(second.eventId()).hasSize(36);
        assertThat(first.action()).isEqualTo("route.imported");
        assertThat(first.subjectType()).isEqualTo("route");
        assertThat(first.details()).isEmpty();
        assertThat(AuditAction.DRIVER_LINK_ISSUED.code()).isEqualTo("driver-link.issued");
        assertThat(AuditAction.ofCode("user.signed-in")).contains(AuditAction.USER_SIGNED_IN);
        assertThat(AuditAction.USER_SIGNED_IN.subjectType()).isEqualTo("user");
        assertThat(AuditAction.ofCode("user.deleted")).isEmpty();
    }

    @Test
    void anUnknownActionOrASubjectOfAnotherKindIsRefused() {
        assertThatThrownBy(() -> new AuditEvent(ID, "delivery.deleted", AuditEvent.Actor.anonymous(null), "delivery",
                "d", AT, null, null)).hasMessageStartingWith("action must be one of the audit actions");
        assertThatThrownBy(() -> new AuditEvent(ID, "route.changed", AuditEvent.Actor.anonymous(null), "delivery",
                "d", AT, null, null)).hasMessage("route.changed is about a route, not a delivery");
    }

    @Test
    void anAnonymousActorIsKnownByAnAddressThatNeedsNoQuoting() {
        assertThat(AuditEvent.Actor.anonymous("fe80::1%eth0").address()).isEqualTo("fe80::1%eth0");
        assertThatThrownBy(() -> AuditEvent.Actor.anonymous("127.0.0.1\", \"x"))
                .hasMessageStartingWith("actor.address must be 1 to 64");
        assertThatThrownBy(() -> new AuditEvent.Actor("anonymous", "alice", null))
                .hasMessage("an anonymous actor has no id");
        assertThatThrownBy(() -> new AuditEvent.Actor("root", null, null))
                .hasMessage("actor.kind must be anonymous or user");
        assertThatThrownBy(() -> new AuditEvent.Actor("user", null, null))
                .hasMessage("a user actor needs its id, the user's name");
        assertThat(AuditEvent.Actor.user("dana", "10.0.0.7").id()).isEqualTo("dana");
    }

    @Test
    void detailsAreFewShortAndPlainSoAnEventAlwaysFitsItsTopic() {
        Map<String, String> many = new HashMap<>();
        IntStream.range(0, 9).forEach(i -> many.put("k" + i, "v"));
        assertThatThrownBy(() -> event(many)).hasMessage("details holds at most 8 entries, had 9");
        assertThatThrownBy(() -> event(Map.of("bad key", "v")))
                .hasMessageStartingWith("details keys must be 1 to 32 ASCII letters and digits");
        assertThatThrownBy(() -> event(Map.of("title", "x".repeat(201))))
                .hasMessage("details.title must be at most 200 characters, was 201");
        assertThatThrownBy(() -> event(Map.of("title", "a\nb"))).hasMessage("details.title must not contain control characters");

        Map<String, String> widest = new HashMap<>();
        IntStream.range(0, 8).forEach(i -> widest.put("k" + i, AuditEvent.detail("\"\\é".repeat(100))));
        assertThatThrownBy(() -> event(widest)).hasMessageStartingWith("details must be at most 1024 bytes in all");
        Map<String, String> fits = new HashMap<>();
        IntStream.range(0, 8).forEach(i -> fits.put("key" + "k".repeat(28) + i, "\"\\".repeat(48)));
        AuditEvent event = new AuditEvent(ID, "route.changed", new AuditEvent.Actor("anonymous", null, "f".repeat(64)),
                "route", "r".repeat(64), AT, "b".repeat(64), fits);
        assertThat(Events.write(Topics.AUDIT_EVENTS, ID, event).length).isLessThan(Topics.AUDIT_EVENTS.maxValueBytes());
    }

    @Test
    void aDetailIsCutToItsBoundAndLosesItsControlCharacters() {
        assertThat(AuditEvent.detail("Park\tLoop")).isEqualTo("Park Loop");
        assertThat(AuditEvent.detail("x".repeat(500))).hasSize(200).endsWith("…");
        assertThat(AuditEvent.detail(null)).isEmpty();
    }

    private static AuditEvent event(Map<String, String> details) {
        return new AuditEvent(ID, "route.changed", AuditEvent.Actor.anonymous(null), "route", "r-1", AT, null, details);
    }
}
