package io.codedelivery.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventsTest {

    private static final String ID = "d-0b7e2f4a";

    @Test
    void readsARecordKeyedByItsDeliveryId() {
        PositionReported position = Events.read(Topics.POSITION_REPORTED, ID, GoldenSamples.positionReported());

        assertThat(position.deliveryId()).isEqualTo(ID);
    }

    @Test
    void refusesARecordWhoseKeyDiffersFromItsId() {
        assertThatThrownBy(() -> Events.read(Topics.DELIVERY_REQUESTED, "other", GoldenSamples.deliveryRequested()))
                .isInstanceOf(MalformedEventException.class)
                .hasMessage("route.new-direction: record key differs from the deliveryId");
    }

    @Test
    void refusesARecordWithoutKey() {
        assertThatThrownBy(() -> Events.read(Topics.POSITION_REPORTED, null, GoldenSamples.positionReported()))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("record key is missing");
    }

    @Test
    void namesAHugeKeyByItsLengthOnly() {
        String hugeKey = "k".repeat(600_000);

        assertThatThrownBy(() -> Events.read(Topics.POSITION_REPORTED, hugeKey, GoldenSamples.positionReported()))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageEndingWith("(a key of 600000 characters)")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThanOrEqualTo(Reasons.MAX_LENGTH));
    }

    @Test
    void refusesAValueOverTheTopicsLimitWithoutReadingIt() {
        // a readable position, padded with white space past the limit
        String readable = new String(GoldenSamples.positionReported(), StandardCharsets.UTF_8);
        byte[] oversized = (readable + " ".repeat(Topics.POSITION_REPORTED.maxValueBytes() + 1 - readable.length()))
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Events.read(Topics.POSITION_REPORTED, ID, oversized))
                .isInstanceOf(MalformedEventException.class)
                .hasMessage("PositionReported: value of 4097 bytes is over the 4096 bytes route.new-position accepts");
    }

    @Test
    void refusesAnIdOfTwoHundredThousandCharactersWithoutQuotingIt() {
        String json = new String(GoldenSamples.positionReported(), StandardCharsets.UTF_8)
                .replace(ID, "x".repeat(200_000));
        byte[] value = json.getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> JsonCodec.decode(value, PositionReported.class))
                .isInstanceOf(MalformedEventException.class)
                .hasMessage("PositionReported: deliveryId must be at most 64 characters, was 200000");
    }

    @Test
    void refusesIdsOfAnotherShape() {
        assertThatThrownBy(() -> position("d 1", 0, Instant.parse("2026-11-25T14:00:00Z")))
                .hasMessageStartingWith("deliveryId must be letters, digits");
        assertThatThrownBy(() -> position("-d", 0, Instant.parse("2026-11-25T14:00:00Z")))
                .hasMessageStartingWith("deliveryId must be letters, digits");
    }

    @Test
    void acceptsUuidsAndSlugs() {
        assertThat(position("6f0d2c3e-1b7a-4c1e-9d2f-0a1b2c3d4e5f", 0, Instant.parse("2026-11-25T14:00:00Z")).deliveryId())
                .hasSize(36);
        assertThat(position("Fifth.Avenue_2:north-1", 0, Instant.parse("2026-11-25T14:00:00Z")).deliveryId())
                .isEqualTo("Fifth.Avenue_2:north-1");
        assertThatThrownBy(() -> position("é", 0, Instant.parse("2026-11-25T14:00:00Z")))
                .hasMessageStartingWith("deliveryId must be letters, digits");
    }

    @Test
    void refusesImplausibleSeqsAndTimes() {
        assertThatThrownBy(() -> position(ID, PositionReported.MAX_SEQ + 1, Instant.parse("2026-11-25T14:00:00Z")))
                .hasMessageStartingWith("seq must be between 0 and 100000000");
        assertThatThrownBy(() -> position(ID, 1, Instant.EPOCH))
                .hasMessageStartingWith("emittedAt must be in [2000-01-01T00:00:00Z, 2100-01-01T00:00:00Z)");
        assertThatThrownBy(() -> position(ID, 1, Instant.parse("2100-01-01T00:00:00Z")))
                .hasMessageStartingWith("emittedAt must be in");
    }

    @Test
    void theLongestRouteWithTheLongestIdsFitsItsTopic() {
        List<GeoPoint> path = new ArrayList<>();
        for (int i = 0; i < DeliveryRequested.MAX_PATH_POINTS; i++) {
            path.add(new GeoPoint(-23.123456789012345 + i * 1e-9, -146.123456789012345 - i * 1e-9));
        }
        String longId = "d".repeat(64);
        DeliveryRequested request = new DeliveryRequested(longId, "r".repeat(64), path, Instant.parse("2026-11-25T14:00:00Z"));

        byte[] value = Events.write(Topics.DELIVERY_REQUESTED, longId, request);

        assertThat(Events.read(Topics.DELIVERY_REQUESTED, longId, value)).isEqualTo(request);
    }

    @Test
    void refusesARouteOfTooManyPoints() {
        List<GeoPoint> path = new ArrayList<>();
        for (int i = 0; i <= DeliveryRequested.MAX_PATH_POINTS; i++) {
            path.add(new GeoPoint(1, 1));
        }

        assertThatThrownBy(() -> new DeliveryRequested(ID, "r", path, Instant.parse("2026-11-25T14:00:00Z")))
                .hasMessage("path needs between 2 and 10000 points, had 10001");
    }

    @Test
    void producersRefuseAKeyThatIsNotTheId() {
        PositionReported position = position(ID, 1, Instant.parse("2026-11-25T14:00:00Z"));

        assertThatThrownBy(() -> Events.write(Topics.POSITION_REPORTED, "another", position))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("route.new-position: the record key must be the event's deliveryId");
    }

    @Test
    void boundsAReasonThatQuotesTheRecord() {
        String reason = Reasons.bounded("Cannot read \"" + "a".repeat(10_000) + "\"");

        assertThat(reason).hasSize(Reasons.MAX_LENGTH).endsWith("... (10014 characters)");
    }

    private static PositionReported position(String id, long seq, Instant at) {
        return new PositionReported(id, "r", seq, 1, 1, false, at);
    }
}
