package io.codedelivery.bench.indexing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.codedelivery.contracts.JsonCodec;
import io.codedelivery.contracts.PositionReported;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

class SampleTest {

    private static final String DELIVERY = "0b7e2f4a-5c1d-4e8f-9a2b-3c4d5e6f7a8b";
    private static final long CREATED = 1_764_120_000_250L;

    @Test
    void theDocumentIdIsTheDeliveryAndSeqAsTheSinkJoinsThem() {
        PositionReported position = new PositionReported(DELIVERY, "broadway", 42, 40.73301, -73.99559, false,
                Instant.ofEpochMilli(CREATED));

        Sample sample = Sample.of(record(JsonCodec.encode(position), CREATED), CREATED + 30);

        assertThat(sample.id()).isEqualTo(DELIVERY + "-42");
        assertThat(sample.producedMs()).isEqualTo(CREATED);
        assertThat(sample.emittedMs()).isEqualTo(CREATED);
        assertThat(sample.committedMs()).isEqualTo(CREATED + 30);
    }

    @Test
    void theProducedTimeIsTheRecordTimestampEvenWhenEmittedAtDiffers() {
        PositionReported position = new PositionReported(DELIVERY, "broadway", 0, 40.7, -74.0, true,
                Instant.ofEpochMilli(CREATED - 5));

        Sample sample = Sample.of(record(JsonCodec.encode(position), CREATED), CREATED);

        assertThat(sample.id()).isEqualTo(DELIVERY + "-0");
        assertThat(sample.producedMs()).isEqualTo(CREATED);
        assertThat(sample.emittedMs()).isEqualTo(CREATED - 5);
    }

    @Test
    void aValueThatIsNotAPositionIsRefused() {
        assertThatThrownBy(() -> Sample.of(record("not json".getBytes(StandardCharsets.UTF_8), CREATED), CREATED))
                .isInstanceOf(RuntimeException.class);
    }

    private static ConsumerRecord<String, byte[]> record(byte[] value, long timestamp) {
        return new ConsumerRecord<>("route.new-position", 0, 17, timestamp, TimestampType.CREATE_TIME, -1, value.length,
                DELIVERY, value, new RecordHeaders(), Optional.empty());
    }
}
