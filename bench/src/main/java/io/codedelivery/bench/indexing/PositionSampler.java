package io.codedelivery.bench.indexing;

import io.codedelivery.bench.kafka.KafkaClients;
import io.codedelivery.bench.viewer.Window;
import io.codedelivery.contracts.Topics;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;

/**
 * Reads {@code route.new-position} as the sink does (read_committed), from the end it had when
 * created, and hands every {@code every}-th record produced inside the window (by record timestamp)
 * to the book: the positions whose way to the index is timed.
 */
final class PositionSampler implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final Window window;
    private final int every;
    private final LagBook book;
    private final Thread loop;
    private volatile boolean running = true;
    private volatile boolean markEnd;
    private volatile String timestampType = "none read";
    private Map<TopicPartition, Long> target;
    private long inWindow;
    private long undecodable;

    PositionSampler(String bootstrap, Window window, int every, LagBook book) {
        this.consumer = KafkaClients.consumerAtEnd(bootstrap, Topics.POSITION_REPORTED.name(), "read_committed");
        this.window = window;
        this.every = every;
        this.book = book;
        this.loop = Thread.ofPlatform().daemon().name("position-sampler").start(this::run);
    }

    /** Asks for the topic's end now; {@link #caughtUp()} is true once everything before it was read. */
    void markEnd() {
        markEnd = true;
    }

    synchronized boolean caughtUp() {
        return target != null && target.isEmpty();
    }

    /** CreateTime (the producer's timestamp) or LogAppendTime (the broker's), as the records say. */
    String timestampType() {
        return timestampType;
    }

    synchronized long undecodable() {
        return undecodable;
    }

    private void run() {
        try {
            while (running) {
                var records = consumer.poll(Duration.ofMillis(50));
                long readMs = System.currentTimeMillis();
                synchronized (this) {
                    records.forEach(record -> take(record, readMs));
                    if (markEnd && target == null) {
                        target = new HashMap<>(consumer.endOffsets(consumer.assignment()));
                    }
                    if (target != null) {
                        target.entrySet().removeIf(e -> consumer.position(e.getKey()) >= e.getValue());
                    }
                }
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    private void take(ConsumerRecord<String, byte[]> record, long readMs) {
        timestampType = record.timestampType().toString();
        if (!window.contains(record.timestamp()) || ++inWindow % every != 0) {
            return;
        }
        try {
            book.sampled(Sample.of(record, readMs));
        } catch (RuntimeException e) {
            undecodable++;
        }
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            loop.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
