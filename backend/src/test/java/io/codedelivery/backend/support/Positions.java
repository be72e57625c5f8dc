package io.codedelivery.backend.support;

import io.codedelivery.contracts.JsonCodec;
import io.codedelivery.contracts.PositionReported;
import io.codedelivery.contracts.Topics;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Plays the vehicle: writes positions to {@code route.new-position} as the simulator does. */
public final class Positions implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;

    public Positions(String bootstrapServers) {
        this.producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrapServers, "acks", "all"),
                new StringSerializer(), new ByteArraySerializer());
    }

    public void report(String deliveryId, String routeId, long fromSeq, long toSeq, long lastSeq) throws Exception {
        for (long seq = fromSeq; seq <= toSeq; seq++) {
            PositionReported position = new PositionReported(deliveryId, routeId, seq, 40.73 - seq * 1e-4, -73.99,
                    seq == lastSeq, Instant.now());
            producer.send(new ProducerRecord<>(Topics.POSITION_REPORTED.name(), deliveryId, JsonCodec.encode(position)));
        }
        producer.flush();
    }

    public void reportAt(String deliveryId, long seq, double lat, double lng, boolean finished) throws Exception {
        PositionReported position = new PositionReported(deliveryId, "broadway", seq, lat, lng, finished, Instant.now());
        producer.send(new ProducerRecord<>(Topics.POSITION_REPORTED.name(), deliveryId, JsonCodec.encode(position))).get();
    }

    public void sendRaw(String key, byte[] value) throws Exception {
        producer.send(new ProducerRecord<>(Topics.POSITION_REPORTED.name(), key, value)).get();
    }

    @Override
    public void close() {
        producer.close();
    }
}
