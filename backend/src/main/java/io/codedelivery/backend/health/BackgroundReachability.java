package io.codedelivery.backend.health;

import io.codedelivery.contracts.Reasons;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.SmartLifecycle;

/**
 * Whether a server this replica depends on answers, asked every {@code interval} on a thread of its
 * own, so that health checks and requests read the last answer instead of waiting for one. A
 * subclass says how to ask ({@link #probe()}) and how to show the answer ({@code health()}).
 */
public abstract class BackgroundReachability implements HealthIndicator, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(BackgroundReachability.class);

    /** One answer: reachable or not, and why, in words for people. */
    public record Answer(boolean reachable, String why) {
    }

    private final String name;
    private final Duration interval;
    private final Clock clock;
    private final Level unreachableLevel;
    private volatile ScheduledExecutorService checker;
    private volatile boolean reachable = true;
    private volatile String reason = "not asked yet";
    private volatile Instant since;

    /** {@code name}: the server as logs name it; {@code unreachableLevel}: how loudly losing it is logged. */
    protected BackgroundReachability(String name, Duration interval, Clock clock, Level unreachableLevel) {
        this.name = name;
        this.interval = interval;
        this.clock = clock;
        this.unreachableLevel = unreachableLevel;
        this.since = clock.instant();
    }

    /** Asks the server once; throws or answers unreachable when it does not answer. */
    protected abstract Answer probe() throws Exception;

    public boolean reachable() {
        return reachable;
    }

    public String reason() {
        return reason;
    }

    protected Instant since() {
        return since;
    }

    protected Duration interval() {
        return interval;
    }

    public void check() {
        try {
            update(probe());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            update(new Answer(false, "no answer within " + interval.toMillis() + " ms: "
                    + String.valueOf(e.getCause() == null ? e : e.getCause())));
        }
    }

    private void update(Answer answer) {
        String why = Reasons.bounded(answer.why());
        if (answer.reachable() != reachable) {
            since = clock.instant();
            log.atLevel(answer.reachable() ? Level.INFO : unreachableLevel)
                    .log("{} {}: {}", name, answer.reachable() ? "reachable again" : "unreachable", why);
        }
        reachable = answer.reachable();
        reason = why;
    }

    @Override
    public void start() {
        checker = Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().name("reachability-" + name).factory());
        checker.scheduleWithFixedDelay(this::check, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        if (checker != null) {
            checker.shutdownNow();
            checker = null;
        }
    }

    @Override
    public boolean isRunning() {
        return checker != null;
    }
}
