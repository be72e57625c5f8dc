package io.codedelivery.simulator.driving;

import io.codedelivery.contracts.DeliveryRequested;
import io.codedelivery.contracts.JsonCodec;
import io.codedelivery.contracts.MalformedEventException;
import io.codedelivery.contracts.Topics;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads delivery requests. A request that can be read goes on to the driver; anything else is
 * parked, bytes untouched, on the dead-letter topic with the reason in a header.
 */
final class RequestIntake implements Processor<byte[], byte[], Object, Object> {
    private static final Logger log = LoggerFactory.getLogger(RequestIntake.class);
    private static final String SOURCE = Topics.DELIVERY_REQUESTED.name();

    private ProcessorContext<Object, Object> context;

    @Override
    public void init(ProcessorContext<Object, Object> context) {
        this.context = context;
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
        DeliveryRequested request;
        try {
            request = decode(record);
        } catch (MalformedEventException e) {
            deadLetter(record, e.getMessage());
            return;
        }
        context.forward(new Record<Object, Object>(request.deliveryId(), request, record.timestamp()),
                SimulatorTopology.DRIVER);
    }

    private static DeliveryRequested decode(Record<byte[], byte[]> record) {
        DeliveryRequested request = JsonCodec.decode(record.value(), DeliveryRequested.class);
        if (record.key() == null) {
            throw new MalformedEventException("record key is missing; expected the deliveryId", null);
        }
        String key = new String(record.key(), StandardCharsets.UTF_8);
        if (!Objects.equals(key, request.deliveryId())) {
            throw new MalformedEventException(
                    "record key '" + key + "' differs from deliveryId '" + request.deliveryId() + "'", null);
        }
        return request;
    }

    private void deadLetter(Record<byte[], byte[]> record, String reason) {
        log.warn("Dead-lettering delivery request {}: {}", position(), reason);
        Headers headers = new RecordHeaders(record.headers().toArray());
        headers.remove(Topics.DEAD_LETTER_REASON_HEADER).remove(Topics.DEAD_LETTER_SOURCE_HEADER);
        headers.add(Topics.DEAD_LETTER_REASON_HEADER, reason.getBytes(StandardCharsets.UTF_8));
        headers.add(Topics.DEAD_LETTER_SOURCE_HEADER, SOURCE.getBytes(StandardCharsets.UTF_8));
        context.forward(new Record<Object, Object>(record.key(), record.value(), record.timestamp(), headers),
                SimulatorTopology.DEAD_LETTER_SINK);
    }

    private String position() {
        return context.recordMetadata()
                .map(meta -> meta.topic() + "-" + meta.partition() + "@" + meta.offset())
                .orElse("unknown");
    }
}
