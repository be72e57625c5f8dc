package io.codedelivery.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaBrokerIT {

    private static final Duration READY = Duration.ofSeconds(90);

    @TempDir
    Path data;

    @Test
    void aRecordSentToTheBrokerSurvivesARestart() throws Exception {
        int port = Ports.free();
        int controllerPort = Ports.free();
        try (KafkaBroker broker = KafkaBroker.start(data, port, controllerPort, READY)) {
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
                admin.createTopics(List.of(new NewTopic("journal", 1, (short) 1))).all().get();
            }
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                    "bootstrap.servers", broker.bootstrapServers(), "acks", "all"),
                    new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>("journal", "d-1", "first")).get();
            }
        }
        try (KafkaBroker broker = KafkaBroker.start(data, port, controllerPort, READY)) {
            assertThat(java.nio.file.Files.readString(broker.output())).as("readiness is judged on this run's output only")
                    .containsOnlyOnce("Kafka Server started");
            assertThat(readAll(broker.bootstrapServers(), "journal")).containsExactly("first");
        }
    }

    @Test
    void aTakenPortIsNamedInOneLine() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            assertThatThrownBy(() -> KafkaBroker.start(data, port, Ports.free(), READY))
                    .isInstanceOf(PortInUseException.class)
                    .hasMessage("port " + port + " (Kafka) is already in use on 127.0.0.1");
        }
    }

    private static List<String> readAll(String bootstrap, String topic) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", bootstrap),
                new StringDeserializer(), new StringDeserializer())) {
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(Set.of(partition));
            consumer.seekToBeginning(Set.of(partition));
            ConsumerRecords<String, String> records = ConsumerRecords.empty();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (records.isEmpty() && System.nanoTime() < deadline) {
                records = consumer.poll(Duration.ofMillis(500));
            }
            return java.util.stream.StreamSupport.stream(records.spliterator(), false).map(r -> r.value()).toList();
        }
    }
}
