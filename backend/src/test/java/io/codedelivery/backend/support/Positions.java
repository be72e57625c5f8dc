package io.codedelivery.backend.support;

import io.codedelivery.contracts.JsonCodec;
import io.codedelivery.contracts.PositionReported;
import io.codedelivery.contracts.Topics;
import java.time.Instant;
import java.util.List;
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
        send(deliveryId, routeId, fromSeq, toSeq, lastSeq);
        producer.flush();
    }

    /** Positions {@code fromSeq..toSeq} of every delivery, none of them the last, delivery by delivery. */
    public void reportAll(List<String> deliveryIds, long fromSeq, long toSeq) {
        deliveryIds.forEach(id -> send(id, "broadway", fromSeq, toSeq, Long.MAX_VALUE));
        producer.flush();
    }

    private void send(String deliveryId, String routeId, long fromSeq, long toSeq, long lastSeq) {
        for (long seq = fromSeq; seq <= toSeq; seq++) {
            PositionReported position = new PositionReported(deliveryId, routeId, seq, 40.73 - seq * 1e-4, -73.99,
                    seq == lastSeq, Instant.now());
            producer.send(new ProducerRecord<>(Topics.POSITION_REPORTED.name(), deliveryId, JsonCodec.encode(position)));
        }
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
