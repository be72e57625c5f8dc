package io.codedelivery.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
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
            send(broker.bootstrapServers(), "journal", "first");
        }
        try (KafkaBroker broker = KafkaBroker.start(data, port, controllerPort, READY)) {
            assertThat(java.nio.file.Files.readString(broker.output())).as("readiness is judged on this run's output only")
                    .containsOnlyOnce("Kafka Server started");
            assertThat(readAll(broker.bootstrapServers(), "journal")).containsExactly("first");
        }
    }

    @Test
    void aBrokerKilledUnderSupervisionIsStartedAgainOnItsDataWithoutLosingARecord() throws Exception {
        int port = Ports.free();
        int controllerPort = Ports.free();
        List<String> printed = new CopyOnWriteArrayList<>();
        KafkaBroker broker = KafkaBroker.start(data, port, controllerPort, READY);
        Supervisor supervisor = new Supervisor(new Progress(printed::add), new LeftoverProcesses(data.resolve("pids")),
                new Backoff.Policy(Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofMinutes(1)), InstantSource.system());
        SupervisedPart part = supervisor.watch("kafka", broker.process(),
                () -> KafkaBroker.start(data, port, controllerPort, READY).process());
        try {
            send(broker.bootstrapServers(), "journal", "first");

            ProcessHandle.of(broker.pid()).orElseThrow().destroyForcibly();

            await().atMost(READY).until(() -> printed.stream().anyMatch(line -> line.contains("ready    kafka again")));
            assertThat(printed).as("the death is said").anyMatch(line -> line.contains("kafka died (exit code 137, killed by SIGKILL)"));
            assertThat(readAll(broker.bootstrapServers(), "journal")).containsExactly("first");
            assertThat(data.resolve("format.out")).as("storage formatted once").exists();
            assertThat(ProcessLog.kept(data.resolve("format.out"), 1)).doesNotExist();
            assertThat(ProcessLog.kept(data.resolve("kafka.out"), 1)).content().contains("Kafka Server started");
        } finally {
            supervisor.close();
            part.close();
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

    private static void send(String bootstrap, String topic, String value) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        }
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap, "acks", "all"),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "d-1", value)).get();
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
