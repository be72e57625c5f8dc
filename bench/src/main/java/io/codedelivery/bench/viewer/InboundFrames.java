package io.codedelivery.bench.viewer;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.net.ProtocolException;
import java.util.Arrays;

/**
 * Decodes the frames a WebSocket server sends one connection (RFC 6455: unmasked, no extension) from
 * whatever bytes each read brings, split at any byte. Text fragments are joined and decoded once per
 * message; binary messages and pongs are skipped. Between reads it keeps only the partial frame or
 * message, so that thousands of idle connections cost little.
 */
final class InboundFrames {

    static final int CONTINUATION = 0x0;
    static final int TEXT = 0x1;
    static final int BINARY = 0x2;
    static final int CLOSE = 0x8;
    static final int PING = 0x9;
    static final int PONG = 0xA;
    static final int NO_STATUS = 1005;

    private static final int MAX_HEADER = 14;
    private static final int MAX_CONTROL_PAYLOAD = 125;
    private static final int MAX_MESSAGE = 1 << 28;
    private static final int FIRST_FRAGMENT_CAPACITY = 8 * 1024;
    private static final byte[] EMPTY = new byte[0];

    /** What the frames carry, in order. */
    interface Sink {

        void text(String text) throws IOException;

        void ping(byte[] payload) throws IOException;

        void close(int code) throws IOException;
    }

    private byte[] header;
    private int headerLength;
    private boolean fin;
    private int opcode;
    private long remaining = -1;
    private byte[] text;
    private int textLength;
    private boolean inBinary;
    private byte[] control;
    private int controlLength;

    /** Decodes {@code in[from, to)}; false once a close frame was read, after which the rest is left. */
    boolean feed(byte[] in, int from, int to, Sink sink) throws IOException {
        int at = from;
        while (true) {
            if (remaining < 0) {
                if (at == to) {
                    return true;
                }
                at = header(in, at, to);
                if (remaining < 0) {
                    return true;
                }
                if (opcode == TEXT && fin && to - at >= remaining) {
                    int length = (int) remaining;
                    remaining = -1;
                    sink.text(new String(in, at, length, UTF_8));
                    at += length;
                    continue;
                }
                begin();
            }
            int taken = (int) Math.min(remaining, to - at);
            take(in, at, taken);
            at += taken;
            remaining -= taken;
            if (remaining > 0) {
                return true;
            }
            remaining = -1;
            if (!end(sink)) {
                return false;
            }
        }
    }

    private int header(byte[] in, int from, int to) throws ProtocolException {
        if (headerLength == 0 && to - from >= 2 && to - from >= headerSize(in[from + 1])) {
            parse(in, from);
            return from + headerSize(in[from + 1]);
        }
        if (header == null) {
            header = new byte[MAX_HEADER];
        }
        int at = from;
        while (at < to && (headerLength < 2 || headerLength < headerSize(header[1]))) {
            header[headerLength++] = in[at++];
        }
        if (headerLength >= 2 && headerLength == headerSize(header[1])) {
            headerLength = 0;
            parse(header, 0);
        }
        return at;
    }

    private static int headerSize(byte second) {
        int length = second & 0x7f;
        return 2 + (length == 126 ? 2 : length == 127 ? 8 : 0) + ((second & 0x80) != 0 ? 4 : 0);
    }

    private void parse(byte[] bytes, int at) throws ProtocolException {
        if ((bytes[at] & 0x70) != 0) {
            throw new ProtocolException("a frame with reserved bits set, but no extension was negotiated");
        }
        if ((bytes[at + 1] & 0x80) != 0) {
            throw new ProtocolException("a masked frame from the server");
        }
        boolean last = (bytes[at] & 0x80) != 0;
        int code = bytes[at] & 0x0f;
        long length = payloadLength(bytes, at);
        boolean inMessage = text != null || inBinary;
        switch (code) {
            case CONTINUATION -> require(inMessage, "a continuation frame outside a message");
            case TEXT, BINARY -> require(!inMessage, "a new message before the last one ended");
            case CLOSE, PING, PONG -> require(last && length <= MAX_CONTROL_PAYLOAD, "a fragmented or oversized control frame");
            default -> throw new ProtocolException("a frame with unknown opcode " + code);
        }
        if ((code == TEXT || code == CONTINUATION && text != null) && textLength + length > MAX_MESSAGE) {
            throw new ProtocolException("a text message over " + (MAX_MESSAGE >> 20) + " MiB");
        }
        fin = last;
        opcode = code;
        remaining = length;
    }

    private static long payloadLength(byte[] bytes, int at) throws ProtocolException {
        int length = bytes[at + 1] & 0x7f;
        if (length < 126) {
            return length;
        }
        long value = 0;
        for (int i = 0, size = length == 126 ? 2 : 8; i < size; i++) {
            value = value << 8 | bytes[at + 2 + i] & 0xff;
        }
        if (value < 0) {
            throw new ProtocolException("a frame with a negative payload length");
        }
        return value;
    }

    private static void require(boolean condition, String otherwise) throws ProtocolException {
        if (!condition) {
            throw new ProtocolException(otherwise);
        }
    }

    private void begin() {
        int length = (int) Math.min(remaining, MAX_MESSAGE);
        switch (opcode) {
            case TEXT -> {
                text = new byte[fin ? length : Math.max(length, FIRST_FRAGMENT_CAPACITY)];
                textLength = 0;
            }
            case BINARY -> inBinary = true;
            case CONTINUATION -> reserve(length);
            default -> {
                control = length == 0 ? EMPTY : new byte[length];
                controlLength = 0;
            }
        }
    }

    private void reserve(int more) {
        int needed = textLength + more;
        if (text != null && needed > text.length) {
            text = Arrays.copyOf(text, fin ? needed : Math.max(needed, Math.min(2 * text.length, MAX_MESSAGE)));
        }
    }

    private void take(byte[] in, int at, int length) {
        if (opcode >= CLOSE) {
            System.arraycopy(in, at, control, controlLength, length);
            controlLength += length;
        } else if (text != null) {
            System.arraycopy(in, at, text, textLength, length);
            textLength += length;
        }
    }

    private boolean end(Sink sink) throws IOException {
        byte[] payload = control;
        control = null;
        switch (opcode) {
            case PING -> sink.ping(payload);
            case PONG -> {
            }
            case CLOSE -> {
                sink.close(payload.length >= 2 ? (payload[0] & 0xff) << 8 | payload[1] & 0xff : NO_STATUS);
                return false;
            }
            default -> {
                if (fin) {
                    endMessage(sink);
                }
            }
        }
        return true;
    }

    private void endMessage(Sink sink) throws IOException {
        byte[] whole = text;
        int length = textLength;
        text = null;
        textLength = 0;
        inBinary = false;
        if (whole != null) {
            sink.text(new String(whole, 0, length, UTF_8));
        }
    }
}
