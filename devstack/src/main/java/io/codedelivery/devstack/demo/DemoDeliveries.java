package io.codedelivery.devstack.demo;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Fills the map at once: starts N deliveries through the backend's REST API, spread round-robin over
 * its routes (in the order {@code GET /api/routes} gives them), a few at a time. Each delivery has its
 * own {@code Idempotency-Key}, so a retry after a {@code 503} or {@code 409} never starts it twice.
 */
public final class DemoDeliveries {

    /** Tries per delivery: the first and two retries. */
    static final int ATTEMPTS = 3;
    /** Waits for the backend's rate limit (429) do not count as attempts: the limit refills; this only bounds them. */
    static final int MAX_THROTTLED = 100;

    private final BackendApi api;
    private final int concurrency;
    private final Duration maxRetryWait;

    DemoDeliveries(BackendApi api, int concurrency, Duration maxRetryWait) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1, was " + concurrency);
        }
        this.api = api;
        this.concurrency = concurrency;
        this.maxRetryWait = maxRetryWait;
    }

    /** Against the backend at {@code backend}, {@code concurrency} requests in flight at most. */
    public static DemoDeliveries against(URI backend, int concurrency) {
        return new DemoDeliveries(new BackendApi(backend), concurrency, Duration.ofSeconds(5));
    }

    /**
     * Starts {@code count} deliveries; {@code progress} gets a line now and then (never two at once).
     * Throws {@link BackendUnreachableException} when the backend does not answer at all.
     */
    public DemoReport start(int count, Consumer<String> progress) throws InterruptedException {
        long began = System.nanoTime();
        List<String> routes = api.routeIds();
        if (routes.isEmpty()) {
            throw new IllegalStateException("the backend at " + api.backend() + " has no routes to drive");
        }
        progress.accept("starting " + count + " deliveries over " + routes.size() + " routes at " + api.backend()
                + ", " + concurrency + " at a time ...");
        List<String> started = Collections.synchronizedList(new ArrayList<>());
        List<DemoReport.Failure> failures = Collections.synchronizedList(new ArrayList<>());
        Semaphore inFlight = new Semaphore(concurrency);
        AtomicInteger done = new AtomicInteger();
        int every = Math.max(1, count / 10);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < count; i++) {
                String routeId = routes.get(i % routes.size());
                inFlight.acquire();
                threads.submit(() -> {
                    try {
                        startOne(routeId, started, failures);
                    } finally {
                        int finished = done.incrementAndGet();
                        if (finished % every == 0 && finished < count) {
                            synchronized (progress) {
                                progress.accept(finished + "/" + count + " answered (" + started.size() + " started)");
                            }
                        }
                        inFlight.release();
                    }
                });
            }
        }
        return new DemoReport(count, routes.size(), started, failures, Duration.ofNanos(System.nanoTime() - began));
    }

    private void startOne(String routeId, List<String> started, List<DemoReport.Failure> failures) {
        String key = UUID.randomUUID().toString();
        try {
            BackendApi.Answer answer = api.startDelivery(routeId, key);
            int attempt = 1;
            int throttled = 0;
            while (answer.worthRetrying() && (answer.status() == 429 ? ++throttled <= MAX_THROTTLED : ++attempt <= ATTEMPTS)) {
                Thread.sleep(retryWait(answer));
                answer = api.startDelivery(routeId, key);
            }
            if (answer.started()) {
                started.add(answer.deliveryId());
            } else {
                failures.add(new DemoReport.Failure(routeId, answer.status(), answer.detail()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failures.add(new DemoReport.Failure(routeId, 0, "interrupted"));
        } catch (RuntimeException e) {
            failures.add(new DemoReport.Failure(routeId, 0, e.getMessage()));
        }
    }

    private Duration retryWait(BackendApi.Answer answer) {
        Duration wanted = answer.retryAfter().orElse(Duration.ofSeconds(1));
        return wanted.compareTo(maxRetryWait) > 0 ? maxRetryWait : wanted;
    }
}
