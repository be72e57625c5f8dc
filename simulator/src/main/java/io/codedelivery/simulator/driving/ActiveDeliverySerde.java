package io.codedelivery.simulator.driving;

import io.codedelivery.contracts.JsonCodec;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

final class ActiveDeliverySerde {
    private ActiveDeliverySerde() {
    }

    static Serde<ActiveDelivery> create() {
        return Serdes.serdeFrom(
                (topic, delivery) -> delivery == null ? null : JsonCodec.encode(delivery),
                (topic, bytes) -> bytes == null ? null : JsonCodec.decode(bytes, ActiveDelivery.class));
    }
}
