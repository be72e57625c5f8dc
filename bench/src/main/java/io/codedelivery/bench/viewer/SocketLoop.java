package io.codedelivery.bench.viewer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * One selector thread owning a share of the viewers' sockets: it reads every one of them into a single
 * reusable buffer and runs their listeners itself, so a frame costs no thread hand-off and a read no
 * allocation.
 */
final class SocketLoop implements AutoCloseable {

    private static final int READ_BUFFER_BYTES = 64 * 1024;
    private static final long STOP_MILLIS = 5_000;

    private final Selector selector;
    private final ByteBuffer buffer = ByteBuffer.allocate(READ_BUFFER_BYTES);
    private final Queue<Joining> joining = new ConcurrentLinkedQueue<>();
    private final Thread thread;
    private volatile boolean running = true;

    private record Joining(ViewerSocket socket, byte[] early) {
    }

    SocketLoop(String name) {
        try {
            selector = Selector.open();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        thread = Thread.ofPlatform().daemon().name(name).start(this::run);
    }

    /** Hands an open socket to this loop, with the bytes that came with the handshake response. */
    void add(ViewerSocket socket, byte[] early) {
        if (!running) {
            socket.abort();
            return;
        }
        joining.add(new Joining(socket, early));
        selector.wakeup();
    }

    void wakeup() {
        if (running) {
            selector.wakeup();
        }
    }

    private void run() {
        try {
            while (running) {
                selector.select(this::ready);
                for (Joining next = joining.poll(); next != null; next = joining.poll()) {
                    next.socket().join(selector, next.early());
                }
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("[bench] viewer loop " + thread.getName() + " failed: " + e);
        } finally {
            selector.keys().forEach(key -> ((ViewerSocket) key.attachment()).closeChannel());
            joining.forEach(next -> next.socket().closeChannel());
            try {
                selector.close();
            } catch (IOException ignored) {
                // stopping anyway
            }
        }
    }

    private void ready(SelectionKey key) {
        ViewerSocket socket = (ViewerSocket) key.attachment();
        try {
            if (key.isWritable()) {
                socket.flush();
            }
            if (key.isValid() && key.isReadable()) {
                socket.read(buffer);
            }
        } catch (CancelledKeyException e) {
            socket.end(ViewerListener.ABNORMAL_CLOSURE);
        }
    }

    @Override
    public void close() {
        running = false;
        selector.wakeup();
        try {
            thread.join(STOP_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
