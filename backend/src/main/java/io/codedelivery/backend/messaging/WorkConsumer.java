package io.codedelivery.backend.messaging;

import io.codedelivery.contracts.DeliveryEvent;
import io.codedelivery.contracts.Events;
import io.codedelivery.contracts.MalformedEventException;
import io.codedelivery.contracts.Reasons;
import io.codedelivery.contracts.Topic;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The <em>work</em> kind of consumer: the replicas share one group, so each record is handled by
 * one of them. It reads committed records only and commits what it has handled. A record that
 * breaks its topic's rules is parked on the dead-letter topic at once; one whose handler fails is
 * retried in place (the rest of its partition waits, so order holds) as the {@link RetryPolicy}
 * says, then parked. Handlers must be idempotent.
 */
public class WorkConsumer<V extends DeliveryEvent> extends PollingLoop {

    private static final Logger log = LoggerFactory.getLogger(WorkConsumer.class);

    private final KafkaSettings settings;
    private final String groupId;
    private final Topic<String, V> topic;
    private final DeadLetters deadLetters;
    private final RetryPolicy retries;
    private final Consumer<V> handler;
    private final Map<String, Integer> attempts = new HashMap<>();

    public WorkConsumer(KafkaSettings settings, String groupId, Topic<String, V> topic, DeadLetters deadLetters,
            RetryPolicy retries, MeterRegistry meters, Clock clock, Consumer<V> handler) {
        super(groupId, meters, clock);
        this.settings = settings;
        this.groupId = groupId;
        this.topic = topic;
        this.deadLetters = deadLetters;
        this.retries = retries;
        this.handler = handler;
    }

    @Override
    protected KafkaConsumer<String, byte[]> open() {
        // a replica killed without leaving the group holds its partitions until its session expires:
        // 10 s instead of the default 45 s, so statuses move again soon after a crash
        KafkaConsumer<String, byte[]> consumer = consumer(settings, "read_committed", "earliest",
                Map.of(ConsumerConfig.GROUP_ID_CONFIG, groupId,
                        ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 10_000,
                        ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 3_000));
        consumer.subscribe(List.of(topic.name()));
        return consumer;
    }

    @Override
    protected boolean round(KafkaConsumer<String, byte[]> consumer, Duration pollTimeout) {
        ConsumerRecords<String, byte[]> records = consumer.poll(pollTimeout);
        Map<TopicPartition, OffsetAndMetadata> handled = new HashMap<>();
        Duration wait = Duration.ZERO;
        for (TopicPartition partition : records.partitions()) {
            for (ConsumerRecord<String, byte[]> record : records.records(partition)) {
                Duration retryIn = handle(record);
                if (retryIn != null) {
                    consumer.seek(partition, record.offset());
                    wait = retryIn.compareTo(wait) > 0 ? retryIn : wait;
                    break;
                }
                handled.put(partition, new OffsetAndMetadata(record.offset() + 1));
            }
        }
        if (!handled.isEmpty()) {
            consumer.commitSync(handled);
        }
        pause(wait);
        return !handled.isEmpty();
    }

    /** Null once the record is dealt with (handled or parked); otherwise how long to wait before trying it again. */
    private Duration handle(ConsumerRecord<String, byte[]> record) {
        V event;
        try {
            event = Events.read(topic, record.key(), record.value());
        } catch (MalformedEventException e) {
            park(record, e.getMessage());
            return null;
        }
        try {
            handler.accept(event);
            if (!attempts.isEmpty()) {
                attempts.remove(where(record));
            }
            health().recordDone();
            return null;
        } catch (RuntimeException e) {
            String where = where(record);
            int attempt = attempts.merge(where, 1, Integer::sum);
            health().recordFailed(e);
            if (retries.givesUpAfter(attempt, e)) {
                attempts.remove(where);
                park(record, "handling failed " + attempt + " times: " + e);
                health().recordDone();
                return null;
            }
            log.warn("{}: handling {}-{} failed (attempt {}), retrying: {}", groupId, record.topic(), where, attempt,
                    Reasons.bounded(e.toString()));
            return retries.backoff(attempt);
        }
    }

    private static String where(ConsumerRecord<String, byte[]> record) {
        return record.partition() + "@" + record.offset();
    }

    private void park(ConsumerRecord<String, byte[]> record, String reason) {
        deadLetters.park(record, reason);
        health().parked();
    }

    private static void pause(Duration wait) {
        if (wait.isZero()) {
            return;
        }
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    protected void recover(KafkaConsumer<String, byte[]> consumer) {
        Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(consumer.assignment());
        for (TopicPartition partition : consumer.assignment()) {
            OffsetAndMetadata offset = committed.get(partition);
            if (offset == null) {
                consumer.seekToBeginning(List.of(partition));
            } else {
                consumer.seek(partition, offset.offset());
            }
        }
    }
}
