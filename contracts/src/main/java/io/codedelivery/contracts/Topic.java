package io.codedelivery.contracts;

/**
 * A Kafka topic with the types of its keys and values and the largest value its readers accept.
 * Producers, consumers and tests all use the same constant from {@link Topics}.
 */
public record Topic<K, V>(String name, Class<K> keyType, Class<V> valueType, int maxValueBytes) {

    /** Where records of this topic that cannot be read are parked, with the reason in headers. */
    public String deadLetterName() {
        return deadLetterNameOf(name);
    }

    public static String deadLetterNameOf(String topicName) {
        return topicName + ".dlq";
    }
}
