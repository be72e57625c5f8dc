package io.codedelivery.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeadLetterTest {

    private static final byte[] KEY = "d-1".getBytes(StandardCharsets.UTF_8);

    @Test
    void copiesASmallRecordWithItsReasonAndSource() {
        byte[] value = "{\"not\":\"a position\"}".getBytes(StandardCharsets.UTF_8);
        List<DeadLetter.Header> original = List.of(new DeadLetter.Header("trace", new byte[] {1}));

        DeadLetter letter = DeadLetter.of("route.new-position", 3, 42, KEY, value, original, "seq is required");

        assertThat(letter.key()).isEqualTo(KEY);
        assertThat(letter.value()).isEqualTo(value);
        assertThat(names(letter)).containsExactly("trace", DeadLetter.REASON_HEADER, DeadLetter.SOURCE_HEADER);
        assertThat(header(letter, DeadLetter.SOURCE_HEADER)).isEqualTo("route.new-position-3@42");
        assertThat(header(letter, DeadLetter.REASON_HEADER)).isEqualTo("seq is required");
    }

    @Test
    void recordsARecordTooLargeToCopyByReference() {
        byte[] hugeKey = new byte[600_000];
        byte[] hugeValue = new byte[1_000_000];

        DeadLetter letter = DeadLetter.of("route.new-direction", 0, 7, hugeKey, hugeValue, List.of(),
                "record key differs from the deliveryId");

        assertThat(letter.key()).isNull();
        assertThat(letter.value()).isNull();
        assertThat(header(letter, DeadLetter.REFERENCE_HEADER))
                .isEqualTo("not copied, read it at the source: key of 600000 bytes, value of 1000000 bytes");
        assertThat(header(letter, DeadLetter.SOURCE_HEADER)).isEqualTo("route.new-direction-0@7");
        assertThat(size(letter)).isLessThan(1_000);
    }

    @Test
    void boundsTheReasonAndDropsHugeOriginalHeaders() {
        List<DeadLetter.Header> original = List.of(new DeadLetter.Header("blob", new byte[100_000]));

        DeadLetter letter = DeadLetter.of("t", 0, 0, KEY, new byte[10], original, "x".repeat(1_000_000));

        assertThat(header(letter, DeadLetter.REASON_HEADER)).hasSize(Reasons.MAX_LENGTH);
        assertThat(names(letter)).doesNotContain("blob");
        assertThat(header(letter, DeadLetter.REFERENCE_HEADER)).contains("1 headers of 100004 bytes");
    }

    @Test
    void aRecordParkedTwiceCarriesOneReason() {
        List<DeadLetter.Header> original = List.of(new DeadLetter.Header(DeadLetter.REASON_HEADER, new byte[] {'o'}));

        DeadLetter letter = DeadLetter.of("t", 0, 0, KEY, new byte[10], original, "new reason");

        assertThat(names(letter)).containsOnlyOnce(DeadLetter.REASON_HEADER);
        assertThat(header(letter, DeadLetter.REASON_HEADER)).isEqualTo("new reason");
    }

    @Test
    void byReferenceOnlyKeepsReasonAndSource() {
        DeadLetter letter = DeadLetter.of("t", 1, 2, KEY, new byte[10], List.of(), "why").byReferenceOnly(10);

        assertThat(letter.key()).isNull();
        assertThat(letter.value()).isNull();
        assertThat(names(letter)).containsExactly(
                DeadLetter.REASON_HEADER, DeadLetter.SOURCE_HEADER, DeadLetter.REFERENCE_HEADER);
    }

    private static List<String> names(DeadLetter letter) {
        return letter.headers().stream().map(DeadLetter.Header::name).toList();
    }

    private static String header(DeadLetter letter, String name) {
        return letter.headers().stream().filter(h -> h.name().equals(name)).findFirst()
                .map(h -> new String(h.value(), StandardCharsets.UTF_8)).orElseThrow();
    }

    private static int size(DeadLetter letter) {
        return letter.headers().stream().mapToInt(h -> h.name().length() + h.value().length).sum();
    }
}
