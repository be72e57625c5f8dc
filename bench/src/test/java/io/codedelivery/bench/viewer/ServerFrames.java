package io.codedelivery.bench.viewer;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/** Frames as a server writes them (unmasked), for the tests to send. */
final class ServerFrames {

    private ServerFrames() {
    }

    static byte[] text(String text) {
        return frame(true, InboundFrames.TEXT, text.getBytes(UTF_8));
    }

    static byte[] close(int code) {
        return frame(true, InboundFrames.CLOSE, new byte[] {(byte) (code >> 8), (byte) code});
    }

    /** The message in fragments of the given sizes, in turn, the last one taking what is left. */
    static byte[] fragmented(String text, int... sizes) {
        byte[] bytes = text.getBytes(UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        for (int i = 0; at < bytes.length; i++) {
            int size = Math.min(sizes[i % sizes.length], bytes.length - at);
            boolean last = at + size == bytes.length;
            out.writeBytes(frame(last, i == 0 ? InboundFrames.TEXT : InboundFrames.CONTINUATION, Arrays.copyOfRange(bytes, at, at + size)));
            at += size;
        }
        return out.toByteArray();
    }

    static byte[] frame(boolean fin, int opcode, byte[] payload) {
        int length = payload.length;
        return frame(fin, opcode, payload, length < 126 ? 0 : length <= 0xffff ? 2 : 8);
    }

    /** A frame whose length takes {@code extendedBytes} (0, 2 or 8) after the 7-bit field, even when shorter would do. */
    static byte[] frame(boolean fin, int opcode, byte[] payload, int extendedBytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write((fin ? 0x80 : 0) | opcode);
        out.write(extendedBytes == 0 ? payload.length : extendedBytes == 2 ? 126 : 127);
        for (int i = extendedBytes - 1; i >= 0; i--) {
            out.write((int) ((long) payload.length >>> 8 * i));
        }
        out.writeBytes(payload);
        return out.toByteArray();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
