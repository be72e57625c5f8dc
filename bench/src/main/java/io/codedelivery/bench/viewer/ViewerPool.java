package io.codedelivery.bench.viewer;

import io.codedelivery.devstack.testkit.ViewerClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The driver's WebSocket viewers, spread over a few {@link HttpClient}s (each has one selector
 * thread) whose listeners run on small fixed pools, so thousands of sockets cost a handful of threads.
 */
public final class ViewerPool implements AutoCloseable {

    private static final int MAX_CONNECTING = 200;
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);

    private final List<HttpClient> clients = new ArrayList<>();
    private final List<ExecutorService> executors = new ArrayList<>();
    private final List<Viewer> viewers = new ArrayList<>();
    private final Semaphore connecting = new Semaphore(MAX_CONNECTING);
    private final AtomicInteger next = new AtomicInteger();

    public ViewerPool() {
        int count = Math.max(2, Runtime.getRuntime().availableProcessors());
        for (int i = 0; i < count; i++) {
            AtomicInteger thread = new AtomicInteger();
            int client = i;
            ExecutorService executor = Executors.newFixedThreadPool(2,
                    r -> Thread.ofPlatform().daemon().name("viewer-" + client + "-" + thread.incrementAndGet()).unstarted(r));
            executors.add(executor);
            clients.add(HttpClient.newBuilder().executor(executor).connectTimeout(CONNECT_TIMEOUT).build());
        }
    }

    /** A viewer whose socket may still be opening; {@link #awaitOpen} waits for all of them. */
    public record Viewer(ViewerTally tally, CompletableFuture<WebSocket> socket) {

        Optional<WebSocket> open() {
            return socket.isDone() && !socket.isCompletedExceptionally() ? Optional.of(socket.join()) : Optional.empty();
        }
    }

    public Viewer connect(URI uri, ViewerTally tally) {
        connecting.acquireUninterruptibly();
        HttpClient client = clients.get(Math.floorMod(next.getAndIncrement(), clients.size()));
        CompletableFuture<WebSocket> socket = client.newWebSocketBuilder().connectTimeout(CONNECT_TIMEOUT)
                .header("Origin", ViewerClient.originOf(uri))
                .buildAsync(uri, new ViewerListener(tally))
                .orTimeout(CONNECT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)
                .whenComplete((ws, error) -> connecting.release());
        Viewer viewer = new Viewer(tally, socket);
        synchronized (viewers) {
            viewers.add(viewer);
        }
        return viewer;
    }

    /** Waits until every socket asked for so far has opened or failed; returns how many opened. */
    public int awaitOpen(List<Viewer> these, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        int open = 0;
        for (Viewer viewer : these) {
            try {
                viewer.socket().get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                open++;
            } catch (Exception e) {
                viewer.socket().cancel(true);
            }
        }
        return open;
    }

    public void disconnect(List<Viewer> these) {
        these.forEach(viewer -> viewer.open().ifPresent(WebSocket::abort));
        synchronized (viewers) {
            viewers.removeAll(these);
        }
    }

    @Override
    public void close() {
        synchronized (viewers) {
            viewers.forEach(viewer -> viewer.open().ifPresent(WebSocket::abort));
            viewers.clear();
        }
        clients.forEach(HttpClient::shutdownNow);
        executors.forEach(ExecutorService::shutdownNow);
    }
}
