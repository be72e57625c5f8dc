package io.codedelivery.backend.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.codedelivery.backend.support.RunningBackend;
import io.codedelivery.contracts.JsonCodec;
import io.codedelivery.contracts.PositionReported;
import io.codedelivery.contracts.Topics;
import io.codedelivery.devstack.testkit.ViewerClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** Partitions added to the positions topic while a replica runs (to scale the simulator out) reach its viewers. */
class NewPartitionsIT {

    @Test
    void positionsOnAPartitionAddedLaterReachViewers() throws Exception {
        try (RunningBackend replica = RunningBackend.start("partitions-" + UUID.randomUUID(),
                "--codedelivery.tracking.partition-check=200ms");
                ViewerClient viewer = ViewerClient.connect(replica.webSocket());
                Admin admin = Admin.create(Map.of("bootstrap.servers", replica.kafkaBootstrapServers()))) {
            await().atMost(Duration.ofSeconds(30)).until(viewer::hasSnapshot);
            String topic = Topics.POSITION_REPORTED.name();
            int partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().size();
            admin.createPartitions(Map.of(topic, NewPartitions.increaseTo(partitions + 1))).all().get();

            String deliveryId = "on-new-partition-" + UUID.randomUUID();
            PositionReported position = new PositionReported(deliveryId, "broadway", 0, 40.73, -73.99, false, Instant.now());
            try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                    Map.of("bootstrap.servers", replica.kafkaBootstrapServers()),
                    new StringSerializer(), new ByteArraySerializer())) {
                producer.send(new ProducerRecord<>(topic, partitions, deliveryId, JsonCodec.encode(position))).get();
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> viewer.seqsOf(deliveryId).equals(List.of(0L)));
            assertThat(viewer.positionsOf(deliveryId)).hasSize(1);
        }
    }
}
