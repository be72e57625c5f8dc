package io.codedelivery.backend.messaging;

import io.codedelivery.backend.health.BackgroundReachability;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.slf4j.event.Level;
import org.springframework.boot.health.contributor.Health;

/**
 * Whether the broker answers a metadata request, asked every {@code interval} in the background. A
 * request that needs Kafka while it is unreachable can be turned away at once with 503.
 */
public final class KafkaReachability extends BackgroundReachability {

    private final Admin admin;

    public KafkaReachability(Admin admin, Duration interval, Clock clock) {
        super("Kafka", interval, clock, Level.ERROR);
        this.admin = admin;
    }

    @Override
    protected Answer probe() throws InterruptedException {
        try {
            int nodes = admin.describeCluster().nodes().get(interval().toMillis(), TimeUnit.MILLISECONDS).size();
            return new Answer(true, nodes + " broker(s) answering");
        } catch (ExecutionException | TimeoutException e) {
            return new Answer(false, "the broker did not answer within " + interval().toMillis() + " ms: "
                    + (e.getCause() == null ? e : e.getCause()));
        }
    }

    @Override
    public Health health() {
        Health.Builder builder = reachable() ? Health.up() : Health.down();
        return builder.withDetail("reason", reason()).withDetail("since", since().toString()).build();
    }

    @Override
    public void stop() {
        super.stop();
        admin.close(Duration.ofSeconds(2));
    }
}
