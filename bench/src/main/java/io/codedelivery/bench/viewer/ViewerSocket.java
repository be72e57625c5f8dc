package io.codedelivery.bench.viewer;

import io.codedelivery.bench.EpochMicros;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;

/**
 * One viewer's open WebSocket. Its {@link SocketLoop} reads it, hands each whole text message to the
 * listener stamped with the time its last bytes were read, answers pings and closes; everything but
 * {@link #abort()} runs on that loop's thread, so the socket needs no locks.
 */
public final class ViewerSocket implements InboundFrames.Sink {

    private final SocketChannel channel;
    private final ViewerListener listener;
    private final SocketLoop loop;
    private final InboundFrames frames = new InboundFrames();
    private SelectionKey key;
    private ByteBuffer unsent;
    private long receiptMicros;
    private boolean ended;
    private volatile boolean aborted;

    ViewerSocket(SocketChannel channel, ViewerListener listener, SocketLoop loop) {
        this.channel = channel;
        this.listener = listener;
        this.loop = loop;
    }

    /** Closes the connection at once, from any thread, without telling the listener. */
    public void abort() {
        aborted = true;
        closeChannel();
        loop.wakeup();
    }

    void join(Selector selector, byte[] early) {
        try {
            key = channel.register(selector, SelectionKey.OP_READ, this);
            received(early, early.length);
        } catch (IOException | RuntimeException e) {
            end(ViewerListener.ABNORMAL_CLOSURE);
        }
    }

    void read(ByteBuffer buffer) {
        try {
            buffer.clear();
            int read = channel.read(buffer);
            if (read < 0) {
                end(ViewerListener.ABNORMAL_CLOSURE);
            } else {
                received(buffer.array(), read);
            }
        } catch (IOException | RuntimeException e) {
            end(ViewerListener.ABNORMAL_CLOSURE);
        }
    }

    void flush() {
        try {
            channel.write(unsent);
            if (!unsent.hasRemaining()) {
                unsent = null;
                key.interestOps(SelectionKey.OP_READ);
            }
        } catch (IOException | RuntimeException e) {
            end(ViewerListener.ABNORMAL_CLOSURE);
        }
    }

    /** Ends the socket, telling the listener how unless it was aborted; later calls do nothing. */
    void end(int code) {
        if (ended) {
            return;
        }
        ended = true;
        closeChannel();
        if (!aborted) {
            listener.closed(code);
        }
    }

    void closeChannel() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    @Override
    public void text(String text) {
        listener.text(text, receiptMicros);
    }

    @Override
    public void ping(byte[] payload) throws IOException {
        send(ControlFrame.pong(payload));
    }

    @Override
    public void close(int code) {
        try {
            channel.write(ByteBuffer.wrap(ControlFrame.close(code)));
        } catch (IOException ignored) {
            // the server may have gone already; the close stands
        }
        end(code);
    }

    private void received(byte[] bytes, int length) throws IOException {
        if (length > 0) {
            receiptMicros = EpochMicros.now();
            frames.feed(bytes, 0, length, this);
        }
    }

    private void send(byte[] frame) throws IOException {
        if (unsent != null) {
            unsent = ByteBuffer.allocate(unsent.remaining() + frame.length).put(unsent).put(frame).flip();
            return;
        }
        ByteBuffer out = ByteBuffer.wrap(frame);
        channel.write(out);
        if (out.hasRemaining()) {
            unsent = out;
            key.interestOps(SelectionKey.OP_READ | SelectionKey.OP_WRITE);
        }
    }
}
