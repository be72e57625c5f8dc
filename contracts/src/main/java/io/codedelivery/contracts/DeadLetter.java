package io.codedelivery.contracts;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The record that parks a refused one on its topic's dead-letter topic. It always fits the broker:
 * the reason is bounded, the original key, value and headers are copied only while they are small
 * enough, and what is left out is named by size in a reference header, so the refused record can
 * still be found at its source (topic-partition@offset) for as long as the topic keeps it.
 */
public record DeadLetter(byte[] key, byte[] value, List<Header> headers) {

    public static final String REASON_HEADER = "codedelivery.dlq.reason";
    public static final String SOURCE_HEADER = "codedelivery.dlq.source";
    public static final String REFERENCE_HEADER = "codedelivery.dlq.reference";

    /** Comfortably under the broker's and producer's default 1 MB, with room for headers and framing. */
    public static final int MAX_VALUE_BYTES = 900 * 1024;
    public static final int MAX_KEY_BYTES = 256;
    public static final int MAX_COPIED_HEADER_BYTES = 8 * 1024;

    public record Header(String name, byte[] value) {
    }

    public static DeadLetter of(String topic, int partition, long offset, byte[] key, byte[] value,
            List<Header> original, String reason) {
        List<String> leftOut = new ArrayList<>();
        byte[] keptKey = key;
        if (key != null && key.length > MAX_KEY_BYTES) {
            keptKey = null;
            leftOut.add("key of " + key.length + " bytes");
        }
        byte[] keptValue = value;
        if (value != null && value.length > MAX_VALUE_BYTES) {
            keptValue = null;
            leftOut.add("value of " + value.length + " bytes");
        }
        List<Header> headers = new ArrayList<>();
        int originalBytes = original.stream().mapToInt(h -> h.name().length() + length(h.value())).sum();
        if (originalBytes <= MAX_COPIED_HEADER_BYTES) {
            original.stream().filter(h -> !h.name().startsWith("codedelivery.dlq.")).forEach(headers::add);
        } else {
            leftOut.add(original.size() + " headers of " + originalBytes + " bytes");
        }
        headers.add(text(REASON_HEADER, Reasons.bounded(reason)));
        headers.add(text(SOURCE_HEADER, topic + "-" + partition + "@" + offset));
        if (!leftOut.isEmpty()) {
            headers.add(text(REFERENCE_HEADER, "not copied, read it at the source: " + String.join(", ", leftOut)));
        }
        return new DeadLetter(keptKey, keptValue, List.copyOf(headers));
    }

    /** The same letter with nothing of the original record: for a broker whose limit is lower than ours. */
    public DeadLetter byReferenceOnly(int originalValueBytes) {
        List<Header> kept = headers.stream()
                .filter(h -> h.name().equals(REASON_HEADER) || h.name().equals(SOURCE_HEADER))
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        kept.add(text(REFERENCE_HEADER, "not copied, read it at the source: value of " + originalValueBytes + " bytes"));
        return new DeadLetter(null, null, List.copyOf(kept));
    }

    private static Header text(String name, String value) {
        return new Header(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static int length(byte[] bytes) {
        return bytes == null ? 0 : bytes.length;
    }
}
