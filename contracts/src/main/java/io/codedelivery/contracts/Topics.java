package io.codedelivery.contracts;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The topics of the system; names kept from the system this project grew from. */
public final class Topics {

    /** Keyed by delivery id. */
    public static final Topic<String, DeliveryRequested> DELIVERY_REQUESTED =
            new Topic<>("route.new-direction", String.class, DeliveryRequested.class, 768 * 1024);

    /**
     * Keyed by delivery id; as many partitions as {@link #DELIVERY_REQUESTED} (every topic has the
     * same count), so a delivery's cancellation reaches the simulator task that drives it.
     */
    public static final Topic<String, DeliveryCancelled> DELIVERY_CANCELLED =
            new Topic<>("delivery.cancelled", String.class, DeliveryCancelled.class, 4 * 1024);

    /** Keyed by delivery id, so one delivery's positions stay in order on one partition. */
    public static final Topic<String, PositionReported> POSITION_REPORTED =
            new Topic<>("route.new-position", String.class, PositionReported.class, 4 * 1024);

    /** Keyed by delivery id; each record is the delivery's whole record after a change, so the topic is compacted. */
    public static final Topic<String, DeliveryStatusChanged> DELIVERY_STATUS =
            new Topic<>("delivery.status", String.class, DeliveryStatusChanged.class, 4 * 1024);

    /** Keyed by viewer id; each record is one browser's session as its replica last saw it. */
    public static final Topic<String, ViewerSessionChanged> VIEWER_SESSIONS =
            new Topic<>("viewer.sessions", String.class, ViewerSessionChanged.class, 4 * 1024);

    /**
     * Keyed by event id: each record is one action someone took (an {@link AuditEvent}), its own
     * search document; kept for the topic's retention like positions, never compacted.
     */
    public static final Topic<String, AuditEvent> AUDIT_EVENTS =
            new Topic<>("audit.events", String.class, AuditEvent.class, 4 * 1024);

    /** Header carrying why a record was sent to a dead-letter topic (bounded). */
    public static final String DEAD_LETTER_REASON_HEADER = DeadLetter.REASON_HEADER;

    /** Header carrying where a dead-lettered record came from: topic-partition@offset. */
    public static final String DEAD_LETTER_SOURCE_HEADER = DeadLetter.SOURCE_HEADER;

    private Topics() {
    }

    /** Topic settings beyond partitions and replication: the changelog topics keep each key's last record. */
    public static Map<String, String> configOf(String topicName) {
        boolean changelog = topicName.equals(DELIVERY_STATUS.name()) || topicName.equals(VIEWER_SESSIONS.name());
        return changelog ? Map.of("cleanup.policy", "compact") : Map.of();
    }

    /** Every topic of the system and its dead-letter topic, as services create them at start. */
    public static List<String> allNames() {
        return Stream.of(DELIVERY_REQUESTED, DELIVERY_CANCELLED, POSITION_REPORTED, DELIVERY_STATUS, VIEWER_SESSIONS,
                        AUDIT_EVENTS)
                .flatMap(topic -> Stream.of(topic.name(), topic.deadLetterName()))
                .toList();
    }
}
