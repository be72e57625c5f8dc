package io.codedelivery.backend.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * A consumer on a thread of its own, started and stopped with the application. A failing poll
 * round is logged and retried after a pause; it never ends the loop. The consumer's own metrics
 * (lag among them) are published with the application's.
 */
abstract class PollingLoop implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PollingLoop.class);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final long RETRY_PAUSE_MILLIS = 1000;
    private static final Duration ROUND_GRACE = Duration.ofSeconds(5);

    private final String name;
    private final MeterRegistry meters;
    private final Clock clock;
    private final LoopHealth health;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private volatile KafkaClientMetrics consumerMetrics;
    private volatile Thread thread;
    private volatile boolean running;

    PollingLoop(String name, MeterRegistry meters, Clock clock) {
        this.name = name;
        this.meters = meters;
        this.clock = clock;
        this.health = new LoopHealth(name, clock.instant());
    }

    LoopHealth health() {
        return health;
    }

    protected abstract KafkaConsumer<String, byte[]> open();

    /** A consumer of raw values (decoded by the loop, so a bad record is ours to handle) that never auto-commits. */
    static KafkaConsumer<String, byte[]> consumer(KafkaSettings settings, String isolationLevel, String offsetReset,
            Map<String, Object> extra) {
        Map<String, Object> properties = settings.clientProperties();
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolationLevel);
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, offsetReset);
        properties.putAll(extra);
        return new KafkaConsumer<>(properties, new StringDeserializer(), new ByteArrayDeserializer());
    }

    /** One poll and its records; true when it got through at least one record. */
    protected abstract boolean round(KafkaConsumer<String, byte[]> consumer, Duration pollTimeout);

    protected void recover(KafkaConsumer<String, byte[]> consumer) {
    }

    @Override
    public void start() {
        consumer = open();
        consumerMetrics = new KafkaClientMetrics(consumer);
        consumerMetrics.bindTo(meters);
        running = true;
        health.running(true);
        thread = new Thread(this::loop, name);
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        try (KafkaConsumer<String, byte[]> owned = consumer) {
            while (running) {
                try {
                    boolean progressed = round(owned, POLL);
                    health.roundCompleted(clock.instant(), progressed, lag(owned));
                } catch (WakeupException e) {
                    break;
                } catch (RuntimeException e) {
                    health.roundFailed(e);
                    log.error("{}: round failed, retrying: {}", name, e.toString(), e);
                    recover(owned);
                    pause();
                }
            }
        } finally {
            health.running(false);
        }
    }

    /** Records behind the end of the assigned partitions, as far as this consumer knows without asking the broker. */
    private static long lag(KafkaConsumer<String, byte[]> consumer) {
        long lag = 0;
        for (var partition : consumer.assignment()) {
            OptionalLong partitionLag = consumer.currentLag(partition);
            lag += partitionLag.orElse(0);
        }
        return lag;
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /**
     * Lets the round in flight finish, so what it handled is committed, then closes the consumer,
     * which leaves its group: a replica stopping hands its partitions over at once. Only a round
     * that does not end within {@link #ROUND_GRACE} is woken up.
     */
    @Override
    public void stop() {
        running = false;
        if (thread != null) {
            join(ROUND_GRACE);
            if (thread.isAlive() && consumer != null) {
                consumer.wakeup();
                join(Duration.ofSeconds(10));
            }
        }
        if (consumerMetrics != null) {
            consumerMetrics.close();
        }
    }

    private void join(Duration timeout) {
        try {
            thread.join(timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
