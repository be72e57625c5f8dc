package io.codedelivery.connect;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.random.RandomGenerator;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.RetriableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one batch until every action is indexed or refused as malformed. A failure that may pass
 * (no answer, 429, 5xx, for the whole request or single items) is retried with backoff, only for
 * the actions not yet indexed, up to max.retries times; then {@link RetriableException}. Any other
 * refusal is a {@link ConnectException}.
 */
final class BulkSender {

    private static final Logger log = LoggerFactory.getLogger(BulkSender.class);

    /** An action the search engine refused as malformed, and why. */
    record Refused(BulkAction action, String reason) {
    }

    private record Attempt(List<BulkAction> retry, String problem) {
    }

    private final BulkClient client;
    private final int maxRetries;
    private final Backoff backoff;
    private final RandomGenerator random = new Random();

    BulkSender(BulkClient client, int maxRetries, Backoff backoff) {
        this.client = client;
        this.maxRetries = maxRetries;
        this.backoff = backoff;
    }

    /** Returns the actions refused as malformed; every other action is indexed when this returns. */
    List<Refused> send(List<BulkAction> actions) {
        List<Refused> refused = new ArrayList<>();
        List<BulkAction> pending = actions;
        for (int attempt = 0; !pending.isEmpty(); attempt++) {
            if (attempt > 0) {
                pause(backoff.delayMs(attempt - 1, random));
            }
            Attempt outcome = attempt(pending, refused);
            if (!outcome.retry().isEmpty() && attempt >= maxRetries) {
                throw new RetriableException(outcome.retry().size() + " of " + actions.size()
                        + " documents not indexed after " + (attempt + 1) + " attempts; last problem: " + outcome.problem());
            }
            if (!outcome.retry().isEmpty()) {
                log.warn("bulk attempt {} left {} of {} documents to retry: {}", attempt + 1, outcome.retry().size(),
                        actions.size(), outcome.problem());
            }
            pending = outcome.retry();
        }
        return refused;
    }

    private Attempt attempt(List<BulkAction> pending, List<Refused> refused) {
        BulkClient.Response response;
        try {
            response = client.post(BulkRequestBody.of(pending));
        } catch (IOException e) {
            return new Attempt(pending, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectException("interrupted while sending a bulk request", e);
        }
        int status = response.status();
        if (status == 429 || status >= 500) {
            return new Attempt(pending, "HTTP " + status + ": " + BulkResponse.requestError(response.body()));
        }
        if (status >= 300) {
            throw new ConnectException("the search engine refused the bulk request with HTTP " + status + hint(status)
                    + ": " + BulkResponse.requestError(response.body()));
        }
        return items(pending, response.body(), refused);
    }

    private static Attempt items(List<BulkAction> pending, String body, List<Refused> refused) {
        BulkResponse parsed;
        try {
            parsed = BulkResponse.parse(body, pending.size());
        } catch (IllegalArgumentException e) {
            throw new ConnectException("cannot read the bulk response: " + e.getMessage(), e);
        }
        List<BulkAction> retry = new ArrayList<>();
        String problem = null;
        for (int i = 0; i < pending.size(); i++) {
            BulkAction action = pending.get(i);
            BulkResponse.Item item = parsed.items().get(i);
            switch (item.outcome()) {
                case INDEXED -> { }
                case MALFORMED -> refused.add(new Refused(action, item.reason()));
                case RETRIABLE -> {
                    retry.add(action);
                    problem = "item status " + item.status() + ": " + item.reason();
                }
                case FAILED -> throw new ConnectException("the search engine refused the document of record "
                        + action.where() + " (index " + action.index() + ", id " + action.id() + ") with status "
                        + item.status() + ": " + item.reason());
            }
        }
        return new Attempt(retry, problem);
    }

    private static String hint(int status) {
        return switch (status) {
            case 401, 403 -> " (check connection.username and connection.password)";
            case 404 -> " (check connection.url: is it the search engine's base URL?)";
            case 413 -> " (the request is too large: lower batch.size)";
            default -> "";
        };
    }

    private static void pause(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectException("interrupted while waiting to retry a bulk request", e);
        }
    }
}
