package io.codedelivery.bench.kafka;

import io.codedelivery.contracts.Topics;
import java.time.Duration;
import org.apache.kafka.clients.consumer.KafkaConsumer;

/** Waits until no position has been produced for a while: the deliveries of a previous step have all arrived. */
public final class QuietTopic {

    private static final Duration QUIET = Duration.ofSeconds(3);
    private static final Duration LONGEST = Duration.ofMinutes(6);

    private QuietTopic() {
    }

    public static void await(String bootstrap) {
        System.out.println("[bench] waiting for the previous step's deliveries to finish (at most " + LONGEST.toMinutes() + " min)");
        try (KafkaConsumer<String, byte[]> consumer = KafkaClients.consumerAtEnd(bootstrap, Topics.POSITION_REPORTED.name(), "read_uncommitted")) {
            long deadline = System.nanoTime() + LONGEST.toNanos();
            long lastSeen = System.nanoTime();
            while (System.nanoTime() - lastSeen < QUIET.toNanos() && System.nanoTime() < deadline) {
                if (!consumer.poll(Duration.ofMillis(200)).isEmpty()) {
                    lastSeen = System.nanoTime();
                }
            }
        }
    }
}
