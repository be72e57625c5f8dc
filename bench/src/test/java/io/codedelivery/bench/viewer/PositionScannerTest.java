package io.codedelivery.bench.viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.codedelivery.contracts.GoldenSamples;
import io.codedelivery.contracts.JsonCodec;
import io.codedelivery.contracts.PositionReported;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The driver counts what the simulator wrote by scanning the topic's records as the codec writes
 * them; it must read them as the codec does (anything else it refuses, and the driver decodes it).
 */
class PositionScannerTest {

    private record Scanned(String deliveryId, long seq, long emittedAtMs) {
    }

    @Test
    void readsARecordOfThePositionTopicAsTheCodecDoes() {
        PositionReported golden = JsonCodec.decode(GoldenSamples.positionReported(), PositionReported.class);
        for (byte[] json : List.of(JsonCodec.encode(golden), JsonCodec.encode(new PositionReported(
                "d-7", "broadway", 12, 40.7, -73.9, false, Instant.parse("2026-11-27T05:16:24.123456789Z"))))) {
            PositionReported decoded = JsonCodec.decode(json, PositionReported.class);
            List<Scanned> scanned = new ArrayList<>();

            PositionScanner.element(new String(json, StandardCharsets.UTF_8), 0,
                    (id, seq, emittedAt) -> scanned.add(new Scanned(id, seq, emittedAt)));

            assertThat(scanned).containsExactly(
                    new Scanned(decoded.deliveryId(), decoded.seq(), decoded.emittedAt().toEpochMilli()));
        }
    }

    @Test
    void refusesWhatItDoesNotExpect() {
        String formatted = new String(GoldenSamples.positionReported(), StandardCharsets.UTF_8);

        assertThatThrownBy(() -> PositionScanner.element(formatted, 0, (id, seq, emittedAt) -> { }))
                .isInstanceOf(RuntimeException.class);
    }
}
