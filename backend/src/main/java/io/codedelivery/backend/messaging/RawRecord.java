package io.codedelivery.backend.messaging;

/** A record as read from a topic, still undecoded; {@code origin} is topic-partition@offset. */
public record RawRecord(String key, byte[] value, String origin) {
}
