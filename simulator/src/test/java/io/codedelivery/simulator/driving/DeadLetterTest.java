package io.codedelivery.simulator.driving;

import static io.codedelivery.simulator.driving.TopologyFixture.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.codedelivery.contracts.DeadLetter;
import io.codedelivery.contracts.GeoPoint;
import io.codedelivery.contracts.JsonCodec;
import io.codedelivery.contracts.PositionReported;
import io.codedelivery.contracts.Topics;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DeadLetterTest {
    private static final GeoPoint A = new GeoPoint(40.0, -73.0);
    private static final GeoPoint B = new GeoPoint(40.001, -73.0);

    private final TopologyFixture fixture = new TopologyFixture(DrivingSettings.defaults());

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void malformedJsonIsParkedWithItsBytesAndReasonAndLaterRequestsStillRun() {
        byte[] garbage = "{not json".getBytes(StandardCharsets.UTF_8);
        RecordHeaders original = new RecordHeaders();
        original.add("trace", "t-1".getBytes(StandardCharsets.UTF_8));
        fixture.requests.pipeInput(new TestRecord<>("d-bad", garbage, original));
        fixture.send(request("d-good", "north", A, B));
        fixture.tick();

        TestRecord<byte[], byte[]> parked = fixture.deadLetters.readRecord();

        assertThat(new String(parked.key(), StandardCharsets.UTF_8)).isEqualTo("d-bad");
        assertThat(parked.value()).isEqualTo(garbage);
        assertThat(header(parked, Topics.DEAD_LETTER_REASON_HEADER)).startsWith("DeliveryRequested: ");
        assertThat(header(parked, Topics.DEAD_LETTER_SOURCE_HEADER)).isEqualTo(Topics.DELIVERY_REQUESTED.name() + "-0@0");
        assertThat(header(parked, "trace")).isEqualTo("t-1");
        assertThat(fixture.deadLetters.isEmpty()).isTrue();
        assertThat(fixture.emitted()).extracting(PositionReported::deliveryId).containsExactly("d-good");
    }

    @Test
    void aRequestMissingFieldsIsParkedWithTheMissingFieldAsReason() {
        byte[] noRoute = """
                {"deliveryId":"d-1","path":[{"lat":1,"lng":1},{"lat":2,"lng":2}],"requestedAt":"2026-11-25T14:00:00Z"}
                """.getBytes(StandardCharsets.UTF_8);
        fixture.requests.pipeInput("d-1", noRoute);
        fixture.tick();

        TestRecord<byte[], byte[]> parked = fixture.deadLetters.readRecord();

        assertThat(parked.value()).isEqualTo(noRoute);
        assertThat(header(parked, Topics.DEAD_LETTER_REASON_HEADER)).contains("routeId");
        assertThat(fixture.positions.isEmpty()).isTrue();
        assertThat(fixture.store().approximateNumEntries()).isZero();
    }

    @Test
    void aRequestWithoutAKeyIsParked() {
        fixture.requests.pipeInput(null, JsonCodec.encode(request("d-1", "north", A, B)));

        assertThat(header(fixture.deadLetters.readRecord(), Topics.DEAD_LETTER_REASON_HEADER)).contains("key is missing");
        assertThat(fixture.store().get("d-1")).isNull();
    }

    @Test
    void aRequestKeyedByAnotherDeliveryIsParked() {
        fixture.requests.pipeInput("d-2", JsonCodec.encode(request("d-1", "north", A, B)));

        assertThat(header(fixture.deadLetters.readRecord(), Topics.DEAD_LETTER_REASON_HEADER))
                .isEqualTo("route.new-direction: record key differs from the deliveryId");
        assertThat(fixture.store().approximateNumEntries()).isZero();
    }

    @Test
    void anEmptyValueIsParked() {
        fixture.requests.pipeInput("d-1", (byte[]) null);

        TestRecord<byte[], byte[]> parked = fixture.deadLetters.readRecord();

        assertThat(parked.value()).isNull();
        assertThat(header(parked, Topics.DEAD_LETTER_REASON_HEADER)).contains("missing");
    }

    @Test
    void aRequestOfAHugeIdKeyedByAnotherIsParkedWithABoundedReasonAndDrivingGoesOn() {
        byte[] value = requestJson("x".repeat(600_000));
        fixture.requests.pipeInput("d-2", value);
        fixture.send(request("d-good", "north", A, B));
        fixture.tick();

        TestRecord<byte[], byte[]> parked = fixture.deadLetters.readRecord();

        assertThat(parked.value()).isEqualTo(value);
        assertThat(header(parked, Topics.DEAD_LETTER_REASON_HEADER))
                .isEqualTo("DeliveryRequested: deliveryId must be at most 64 characters, was 600000");
        assertThat(fixture.emitted()).extracting(PositionReported::deliveryId).containsExactly("d-good");
    }

    @Test
    void aRequestTooLargeToCopyIsParkedByReference() {
        fixture.requests.pipeInput("k".repeat(1_000), requestJson("y".repeat(1_000_000)));

        TestRecord<byte[], byte[]> parked = fixture.deadLetters.readRecord();

        assertThat(parked.key()).isNull();
        assertThat(parked.value()).isNull();
        assertThat(header(parked, Topics.DEAD_LETTER_REASON_HEADER)).contains("is over the 786432 bytes");
        assertThat(header(parked, DeadLetter.REFERENCE_HEADER)).contains("key of 1000 bytes").contains("value of 1000");
    }

    private static byte[] requestJson(String deliveryId) {
        return ("{\"deliveryId\":\"" + deliveryId + "\",\"routeId\":\"north\",\"path\":[{\"lat\":1,\"lng\":1},"
                + "{\"lat\":2,\"lng\":2}],\"requestedAt\":\"2026-11-25T14:00:00Z\"}").getBytes(StandardCharsets.UTF_8);
    }

    private static String header(TestRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        assertThat(header).as("header %s", name).isNotNull();
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
