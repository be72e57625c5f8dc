package io.codedelivery.contracts;

/**
 * A Kafka topic with the types of its keys and values. Producers, consumers and tests all use
 * the same constant from {@link Topics}.
 */
public record Topic<K, V>(String name, Class<K> keyType, Class<V> valueType) {

    /** Where records of this topic that cannot be read are parked, with the reason in headers. */
    public String deadLetterName() {
        return deadLetterNameOf(name);
    }

    public static String deadLetterNameOf(String topicName) {
        return topicName + ".dlq";
    }
}
