package io.codedelivery.backend.dashboard;

import io.codedelivery.backend.health.BackgroundReachability;
import java.time.Clock;
import java.time.Duration;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.slf4j.event.Level;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/**
 * Whether the search engine answers, asked every {@code interval} in the background so that health
 * checks read the last answer instead of waiting for one, and dashboard queries are turned away at
 * once while it is down. Only the dashboards need the engine, so it is neither part of readiness
 * (live tracking goes on without it) nor able to turn the whole replica's health DOWN: while the
 * engine does not answer, this reports {@link #UNAVAILABLE}, which application.properties orders
 * below UP ({@code management.endpoint.health.status.order}).
 */
class SearchReachability extends BackgroundReachability {

    /** The search engine does not answer: the dashboards are down, nothing else is. */
    static final Status UNAVAILABLE = new Status("UNAVAILABLE", "the search engine does not answer; only the dashboards need it");

    private final OpenSearchClient client;
    private final String url;

    SearchReachability(OpenSearchClient client, String url, Duration interval, Clock clock) {
        super("search engine at " + url, interval, clock, Level.WARN);
        this.client = client;
        this.url = url;
    }

    @Override
    protected Answer probe() {
        try {
            boolean answered = client.ping().value();
            return new Answer(answered, answered ? "answering" : "HEAD / was refused (check SEARCH_USERNAME and SEARCH_PASSWORD)");
        } catch (Exception e) {
            return new Answer(false, "no answer: " + e);
        }
    }

    @Override
    public Health health() {
        Health.Builder builder = reachable() ? Health.up() : Health.status(UNAVAILABLE);
        builder.withDetail("url", url).withDetail("since", since().toString());
        return reachable() ? builder.build() : builder.withDetail("lastError", reason()).build();
    }
}
