package io.codedelivery.bench.kafka;

import io.codedelivery.bench.EpochMicros;
import io.codedelivery.bench.report.Baseline;
import io.codedelivery.bench.report.Latency;
import io.codedelivery.contracts.JsonCodec;
import io.codedelivery.contracts.PositionReported;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Raw Kafka produce-to-consume latency on the same broker: a producer sends records of a position
 * record's size, keyed by as many vehicle ids as the step has, at the step's rate; a group-less
 * consumer (read_uncommitted) takes them; latency is receipt time minus the record's create time.
 * The first second is warm-up and not recorded.
 */
public final class KafkaBaseline {

    static final String TOPIC = "codedelivery.bench.baseline";
    private static final int PARTITIONS = 6;
    private static final Duration WARMUP = Duration.ofSeconds(1);
    private static final Duration DRAIN = Duration.ofSeconds(5);

    private KafkaBaseline() {
    }

    public static int positionRecordBytes() {
        return JsonCodec.encode(new PositionReported(UUID.randomUUID().toString(), "fifth-avenue", 123, 40.73301,
                -73.99559, false, Instant.now())).length;
    }

    public static Baseline measure(String bootstrap, int vehicles, double ratePerSecond, Duration duration) {
        createTopic(bootstrap);
        int recordBytes = positionRecordBytes();
        byte[] value = new byte[recordBytes];
        Arrays.fill(value, (byte) 'x');
        Histogram micros = new Histogram(3);
        AtomicLong received = new AtomicLong();
        AtomicBoolean consuming = new AtomicBoolean(true);
        long recordFrom = System.currentTimeMillis() + WARMUP.toMillis();
        try (KafkaConsumer<String, byte[]> consumer = KafkaClients.consumerAtEnd(bootstrap, TOPIC, "read_uncommitted");
                KafkaProducer<String, byte[]> producer = producer(bootstrap)) {
            Thread reader = Thread.ofPlatform().name("baseline-consumer").start(() -> {
                while (consuming.get()) {
                    consume(consumer, micros, received, recordFrom);
                }
            });
            long sent = paced(producer, value, vehicles, ratePerSecond, WARMUP.plus(duration));
            long deadline = System.nanoTime() + DRAIN.toNanos();
            while (received.get() < sent && System.nanoTime() < deadline) {
                LockSupport.parkNanos(10_000_000);
            }
            consuming.set(false);
            join(reader);
            return new Baseline(ratePerSecond, recordBytes, sent, received.get(), Latency.of(micros));
        }
    }

    private static long paced(KafkaProducer<String, byte[]> producer, byte[] value, int vehicles, double rate, Duration duration) {
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        long sent = 0;
        while (System.nanoTime() < end) {
            long due = (long) ((System.nanoTime() - start) / 1e9 * rate);
            for (; sent < due; sent++) {
                producer.send(new ProducerRecord<>(TOPIC, "vehicle-" + (sent % Math.max(1, vehicles)), value));
            }
            LockSupport.parkNanos(1_000_000);
        }
        producer.flush();
        return sent;
    }

    private static void consume(KafkaConsumer<String, byte[]> consumer, Histogram micros, AtomicLong received, long recordFrom) {
        var records = consumer.poll(Duration.ofMillis(50));
        long nowMicros = EpochMicros.now();
        for (var record : records) {
            received.incrementAndGet();
            if (record.timestamp() >= recordFrom) {
                micros.recordValue(Math.max(0, nowMicros - record.timestamp() * 1000));
            }
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static KafkaProducer<String, byte[]> producer(String bootstrap) {
        Properties props = new Properties();
        props.putAll(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.CLIENT_ID_CONFIG, "codedelivery-bench-baseline"));
        return new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }

    private static void createTopic(String bootstrap) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(Set.of(new NewTopic(TOPIC, PARTITIONS, (short) 1))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create " + TOPIC, e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted creating " + TOPIC, e);
        }
    }
}
