package io.codedelivery.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TopicsTest {

    @Test
    void topicNamesAreKeptFromTheOriginalSystem() {
        assertThat(Topics.DELIVERY_REQUESTED.name()).isEqualTo("route.new-direction");
        assertThat(Topics.POSITION_REPORTED.name()).isEqualTo("route.new-position");
    }

    @Test
    void deadLetterTopicIsNamedAfterItsSource() {
        assertThat(Topics.POSITION_REPORTED.deadLetterName()).isEqualTo("route.new-position.dlq");
    }

    @Test
    void everyTopicComesWithItsDeadLetterTopic() {
        assertThat(Topics.allNames()).containsExactly(
                "route.new-direction", "route.new-direction.dlq", "delivery.cancelled", "delivery.cancelled.dlq",
                "route.new-position", "route.new-position.dlq",
                "delivery.status", "delivery.status.dlq", "viewer.sessions", "viewer.sessions.dlq",
                "audit.events", "audit.events.dlq");
    }

    @Test
    void auditEventsAreKeyedByEventIdAndSmall() {
        assertThat(Topics.AUDIT_EVENTS.name()).isEqualTo("audit.events");
        assertThat(Topics.AUDIT_EVENTS.valueType()).isEqualTo(AuditEvent.class);
        assertThat(Topics.AUDIT_EVENTS.maxValueBytes()).isEqualTo(4 * 1024);
    }

    @Test
    void changelogTopicsAreCompactedAndTheOthersKeepTheirDefaults() {
        assertThat(Topics.configOf("delivery.status")).containsEntry("cleanup.policy", "compact");
        assertThat(Topics.configOf("viewer.sessions")).containsEntry("cleanup.policy", "compact");
        assertThat(Topics.configOf("route.new-position")).isEmpty();
        assertThat(Topics.configOf("audit.events")).isEmpty();
        assertThat(Topics.configOf("route.new-position.dlq")).isEmpty();
    }
}
