package io.codedelivery.connect;

import io.codedelivery.contracts.GoldenSamples;
import io.codedelivery.contracts.Topics;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.sink.SinkRecord;

/** Records as Connect hands them to a sink, with a StringConverter for key and value. */
final class TestRecords {

    static final String POSITIONS = Topics.POSITION_REPORTED.name();
    static final String DIRECTIONS = Topics.DELIVERY_REQUESTED.name();

    private TestRecords() {
    }

    static SinkRecord record(String topic, int partition, long offset, Object key, Object value) {
        return new SinkRecord(topic, partition, Schema.OPTIONAL_STRING_SCHEMA, key, null, value, offset);
    }

    static String goldenPosition() {
        return new String(GoldenSamples.positionReported(), StandardCharsets.UTF_8);
    }

    static String goldenDeliveryRequested() {
        return new String(GoldenSamples.deliveryRequested(), StandardCharsets.UTF_8);
    }

    /** A position of delivery d-1 with the given seq, as the simulator writes it. */
    static SinkRecord position(long seq, long offset) {
        String json = "{\"deliveryId\":\"d-1\",\"routeId\":\"r-1\",\"seq\":" + seq + ",\"lat\":40.7,\"lng\":-73.9,"
                + "\"finished\":false,\"emittedAt\":\"2026-11-25T14:00:03.500Z\"}";
        return record(POSITIONS, 0, offset, "d-1", json);
    }
}
