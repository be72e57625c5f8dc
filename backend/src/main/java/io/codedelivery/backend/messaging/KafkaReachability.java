package io.codedelivery.backend.messaging;

import io.codedelivery.contracts.Reasons;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.SmartLifecycle;

/**
 * Whether the broker answers, asked every {@code interval} in the background so that health checks
 * and requests read the last answer instead of waiting for one. A request that needs Kafka while it
 * is unreachable can be turned away at once with 503.
 */
public final class KafkaReachability implements HealthIndicator, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(KafkaReachability.class);

    private final Admin admin;
    private final Duration interval;
    private final Clock clock;
    private volatile ScheduledExecutorService checker;
    private volatile boolean reachable = true;
    private volatile String reason = "not asked yet";
    private volatile Instant since;

    public KafkaReachability(Admin admin, Duration interval, Clock clock) {
        this.admin = admin;
        this.interval = interval;
        this.clock = clock;
        this.since = clock.instant();
    }

    public boolean reachable() {
        return reachable;
    }

    public void check() {
        try {
            int nodes = admin.describeCluster().nodes().get(interval.toMillis(), TimeUnit.MILLISECONDS).size();
            update(true, nodes + " broker(s) answering");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            update(false, "the broker did not answer within " + interval.toMillis() + " ms: "
                    + Reasons.bounded(String.valueOf(e.getCause() == null ? e : e.getCause())));
        }
    }

    private void update(boolean nowReachable, String why) {
        if (nowReachable != reachable) {
            since = clock.instant();
            log.atLevel(nowReachable ? org.slf4j.event.Level.INFO : org.slf4j.event.Level.ERROR)
                    .log("Kafka {}: {}", nowReachable ? "reachable again" : "unreachable", why);
        }
        reachable = nowReachable;
        reason = why;
    }

    @Override
    public Health health() {
        Health.Builder builder = reachable ? Health.up() : Health.down();
        return builder.withDetail("reason", reason).withDetail("since", since.toString()).build();
    }

    @Override
    public void start() {
        checker = Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().name("kafka-reachability").factory());
        checker.scheduleWithFixedDelay(this::check, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        if (checker != null) {
            checker.shutdownNow();
            checker = null;
        }
        admin.close(Duration.ofSeconds(2));
    }

    @Override
    public boolean isRunning() {
        return checker != null;
    }
}
