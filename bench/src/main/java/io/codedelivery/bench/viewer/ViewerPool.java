package io.codedelivery.bench.viewer;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The driver's WebSocket viewers. Each opens on a virtual thread (at most 200 at a
 * time) and is then read by one of a few {@link SocketLoop}s, so thousands of sockets cost a handful of
 * threads and receiving a frame costs little more than decoding it: the driver shares its machine with
 * the system it measures.
 */
public final class ViewerPool implements AutoCloseable {

    private static final int MAX_CONNECTING = 200;
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);

    private final List<SocketLoop> loops = new ArrayList<>();
    private final ExecutorService handshakes = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("viewer-handshake-", 0).factory());
    private final List<Viewer> viewers = new ArrayList<>();
    private final Semaphore connecting = new Semaphore(MAX_CONNECTING);
    private final AtomicInteger next = new AtomicInteger();

    public ViewerPool() {
        int count = Math.max(2, Runtime.getRuntime().availableProcessors());
        for (int i = 0; i < count; i++) {
            loops.add(new SocketLoop("viewer-" + i));
        }
    }

    /** A viewer whose socket may still be opening; {@link #awaitOpen} waits for all of them. */
    public record Viewer(ViewerTally tally, CompletableFuture<ViewerSocket> socket) {

        Optional<ViewerSocket> open() {
            return socket.isDone() && !socket.isCompletedExceptionally() ? Optional.of(socket.join()) : Optional.empty();
        }

        void drop() {
            if (!socket.cancel(true)) {
                open().ifPresent(ViewerSocket::abort);
            }
        }
    }

    public Viewer connect(URI uri, ViewerTally tally) {
        Viewer viewer = new Viewer(tally, open(uri, ViewerListener.counting(tally)));
        synchronized (viewers) {
            viewers.add(viewer);
        }
        return viewer;
    }

    /** Opens a socket to a {@code ws://} URI whose events go to {@code listener}; it fails if the handshake does. */
    CompletableFuture<ViewerSocket> open(URI uri, ViewerListener listener) {
        if (!"ws".equalsIgnoreCase(uri.getScheme())) {
            throw new IllegalArgumentException("viewers only speak plain ws://, not " + uri);
        }
        connecting.acquireUninterruptibly();
        long deadline = System.nanoTime() + CONNECT_TIMEOUT.toNanos();
        SocketLoop loop = loops.get(Math.floorMod(next.getAndIncrement(), loops.size()));
        CompletableFuture<ViewerSocket> socket = new CompletableFuture<>();
        try {
            SocketChannel channel = SocketChannel.open();
            socket.whenComplete((open, error) -> {
                if (error != null) {
                    close(channel);
                }
            });
            handshakes.execute(() -> handshake(uri, deadline, channel, loop, listener, socket));
        } catch (IOException | RejectedExecutionException e) {
            connecting.release();
            socket.completeExceptionally(e);
        }
        return socket;
    }

    private void handshake(URI uri, long deadline, SocketChannel channel, SocketLoop loop, ViewerListener listener,
            CompletableFuture<ViewerSocket> socket) {
        try {
            byte[] early = Handshake.open(channel, uri, deadline);
            channel.configureBlocking(false);
            ViewerSocket open = new ViewerSocket(channel, listener, loop);
            if (socket.complete(open)) {
                listener.opened();
                loop.add(open, early);
            } else {
                close(channel);
            }
        } catch (IOException | RuntimeException e) {
            socket.completeExceptionally(e);
        } finally {
            connecting.release();
        }
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
        these.forEach(Viewer::drop);
        synchronized (viewers) {
            viewers.removeAll(these);
        }
    }

    @Override
    public void close() {
        synchronized (viewers) {
            viewers.forEach(Viewer::drop);
            viewers.clear();
        }
        handshakes.shutdownNow();
        loops.forEach(SocketLoop::close);
    }

    private static void close(SocketChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}
