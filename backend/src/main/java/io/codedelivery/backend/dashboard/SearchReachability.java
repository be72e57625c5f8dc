package io.codedelivery.backend.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.SmartLifecycle;

/**
 * Whether the search engine answers, asked every {@code interval} in the background so that health
 * checks read the last answer instead of waiting for one, and dashboard queries are turned away at
 * once while it is down. Only the dashboards need the engine, so it is neither part of readiness
 * (live tracking goes on without it) nor able to turn the whole replica's health DOWN: while the
 * engine does not answer, this reports {@link #UNAVAILABLE}, which application.properties orders
 * below UP ({@code management.endpoint.health.status.order}).
 */
class SearchReachability implements HealthIndicator, SmartLifecycle {

    /** The search engine does not answer: the dashboards are down, nothing else is. */
    static final Status UNAVAILABLE = new Status("UNAVAILABLE", "the search engine does not answer; only the dashboards need it");

    private static final Logger log = LoggerFactory.getLogger(SearchReachability.class);
    private static final int MAX_REASON = 300;

    private final OpenSearchClient client;
    private final String url;
    private final Duration interval;
    private final Clock clock;
    private volatile ScheduledExecutorService checker;
    private volatile boolean reachable = true;
    private volatile String reason = "not asked yet";
    private volatile Instant since;

    SearchReachability(OpenSearchClient client, String url, Duration interval, Clock clock) {
        this.client = client;
        this.url = url;
        this.interval = interval;
        this.clock = clock;
        this.since = clock.instant();
    }

    boolean reachable() {
        return reachable;
    }

    String reason() {
        return reason;
    }

    void check() {
        try {
            boolean answered = client.ping().value();
            update(answered, answered ? "answering" : "HEAD / was refused (check SEARCH_USERNAME and SEARCH_PASSWORD)");
        } catch (Exception e) {
            update(false, "no answer: " + e);
        }
    }

    private void update(boolean nowReachable, String why) {
        String bounded = why.length() > MAX_REASON ? why.substring(0, MAX_REASON) + "…" : why;
        if (nowReachable != reachable) {
            since = clock.instant();
            if (nowReachable) {
                log.info("search engine reachable again at {}", url);
            } else {
                log.warn("search engine unreachable at {}: {}", url, bounded);
            }
        }
        reachable = nowReachable;
        reason = bounded;
    }

    @Override
    public Health health() {
        Health.Builder builder = reachable ? Health.up() : Health.status(UNAVAILABLE);
        builder.withDetail("url", url).withDetail("since", since.toString());
        return reachable ? builder.build() : builder.withDetail("lastError", reason).build();
    }

    @Override
    public void start() {
        checker = Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().name("search-reachability").factory());
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
