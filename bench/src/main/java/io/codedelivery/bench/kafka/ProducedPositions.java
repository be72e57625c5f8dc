package io.codedelivery.bench.kafka;

import io.codedelivery.bench.viewer.PositionScanner;
import io.codedelivery.bench.viewer.Window;
import io.codedelivery.contracts.JsonCodec;
import io.codedelivery.contracts.PositionReported;
import io.codedelivery.contracts.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;

/**
 * What the simulator produced, read from {@code route.new-position} (committed records only): which
 * deliveries are driving, and per delivery how many positions were emitted inside the current window.
 * This is the truth viewers are compared with, whatever the simulator or backend report about themselves.
 */
public final class ProducedPositions implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final Thread loop;
    private final Set<String> driving = new HashSet<>();
    private final Map<String, Track> inWindow = new HashMap<>();
    private Window window = Window.NONE;
    private Map<TopicPartition, Long> target;
    private long read;
    private volatile boolean markEnd;
    private volatile boolean running = true;

    private static final class Track {
        long count;
        long lastSeq = -1;
        long firstEmit;
        long lastEmit;
        long duplicates;
    }

    private ProducedPositions(String bootstrap) {
        this.consumer = KafkaClients.consumerAtEnd(bootstrap, Topics.POSITION_REPORTED.name(), "read_committed");
        this.loop = Thread.ofPlatform().daemon().name("produced-positions").start(this::run);
    }

    public static ProducedPositions start(String bootstrap) {
        return new ProducedPositions(bootstrap);
    }

    public synchronized int drivingCount(Set<String> among) {
        return (int) among.stream().filter(driving::contains).count();
    }

    public synchronized void open(Window newWindow) {
        window = newWindow;
        inWindow.clear();
        target = null;
        markEnd = false;
    }

    /** Asks for the topic's current end; {@link #caughtUp()} is true once everything before it was read. */
    public void markEnd() {
        markEnd = true;
    }

    public synchronized boolean caughtUp() {
        return target != null && target.isEmpty();
    }

    public synchronized long total() {
        return inWindow.values().stream().mapToLong(t -> t.count).sum();
    }

    public synchronized long of(String deliveryId) {
        Track track = inWindow.get(deliveryId);
        return track == null ? 0 : track.count;
    }

    /** Every position read since this started, in the window or not. */
    public synchronized long read() {
        return read;
    }

    /** Deliveries that emitted at least one position inside the window. */
    public synchronized int drivingInWindow() {
        return inWindow.size();
    }

    public synchronized long duplicates() {
        return inWindow.values().stream().mapToLong(t -> t.duplicates).sum();
    }

    /** Mean time between one delivery's consecutive positions in the window: the tick the simulator really held. */
    public synchronized double meanEmitSpacingMs() {
        long spans = inWindow.values().stream().mapToLong(t -> t.lastEmit - t.firstEmit).sum();
        long intervals = inWindow.values().stream().mapToLong(t -> t.count - 1).sum();
        return intervals <= 0 ? 0 : (double) spans / intervals;
    }

    private void run() {
        try {
            while (running) {
                var records = consumer.poll(Duration.ofMillis(100));
                synchronized (this) {
                    records.forEach(this::count);
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

    /**
     * Scans the record for what is counted instead of decoding it: the driver reads every position
     * the simulator writes, and a full decode cost it a third of a core at 20,000 a second.
     */
    private void count(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            return;
        }
        try {
            PositionScanner.element(new String(record.value(), StandardCharsets.UTF_8), 0, this::count);
        } catch (RuntimeException e) {
            countDecoded(record.value());
        }
    }

    /** What the scanner does not expect (another timestamp form), read by the contract's codec. */
    private void countDecoded(byte[] value) {
        try {
            PositionReported position = JsonCodec.decode(value, PositionReported.class);
            count(position.deliveryId(), position.seq(), position.emittedAt().toEpochMilli());
        } catch (RuntimeException e) {
            // not a position: the backend parks it, and it is nothing the simulator drove
        }
    }

    private void count(String deliveryId, long seq, long emitted) {
        read++;
        driving.add(deliveryId);
        if (!window.contains(emitted)) {
            return;
        }
        Track track = inWindow.computeIfAbsent(deliveryId, id -> new Track());
        if (seq <= track.lastSeq) {
            track.duplicates++;
            return;
        }
        if (track.count == 0) {
            track.firstEmit = emitted;
        }
        track.count++;
        track.lastSeq = seq;
        track.lastEmit = emitted;
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
