package io.codedelivery.contracts;

/**
 * The rules every reader of a topic applies, and every producer of ours applies before writing, so
 * that nothing we write is refused downstream: a value no larger than the topic allows, readable as
 * its event, keyed by the event's own key (a delivery id for delivery events). Reasons never quote the record.
 */
public final class Events {

    private Events() {
    }

    public static <V extends KeyedEvent> V read(Topic<String, V> topic, String key, byte[] value) {
        if (value != null && value.length > topic.maxValueBytes()) {
            throw new MalformedEventException(topic.valueType().getSimpleName() + ": value of " + value.length
                    + " bytes is over the " + topic.maxValueBytes() + " bytes " + topic.name() + " accepts", null);
        }
        V event = JsonCodec.decode(value, topic.valueType());
        requireKeyMatches(topic, key, event);
        return event;
    }

    /** Encodes an event for its topic, or refuses with {@link IllegalArgumentException} what a reader would refuse. */
    public static <V extends KeyedEvent> byte[] write(Topic<String, V> topic, String key, V event) {
        if (!event.key().equals(key)) {
            throw new IllegalArgumentException(topic.name() + ": the record key must be the event's " + event.keyField());
        }
        byte[] value = JsonCodec.encode(event);
        if (value.length > topic.maxValueBytes()) {
            throw new IllegalArgumentException(topic.name() + ": the event is " + value.length
                    + " bytes, over the " + topic.maxValueBytes() + " bytes its readers accept");
        }
        return value;
    }

    private static void requireKeyMatches(Topic<String, ?> topic, String key, KeyedEvent event) {
        if (key == null) {
            throw new MalformedEventException(topic.name() + ": record key is missing; expected the " + event.keyField(), null);
        }
        if (!key.equals(event.key())) {
            String length = key.length() > Require.MAX_ID_LENGTH ? " (a key of " + key.length() + " characters)" : "";
            throw new MalformedEventException(topic.name() + ": record key differs from the " + event.keyField() + length, null);
        }
    }
}
