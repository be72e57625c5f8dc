package io.codedelivery.bench.viewer;

import java.util.concurrent.ThreadLocalRandom;

/** The only frames a viewer sends: pongs and the reply to a close, masked as RFC 6455 requires of a client. */
final class ControlFrame {

    private ControlFrame() {
    }

    static byte[] pong(byte[] payload) {
        return masked(InboundFrames.PONG, payload);
    }

    static byte[] close(int code) {
        byte[] payload = code == InboundFrames.NO_STATUS ? new byte[0] : new byte[] {(byte) (code >> 8), (byte) code};
        return masked(InboundFrames.CLOSE, payload);
    }

    private static byte[] masked(int opcode, byte[] payload) {
        byte[] frame = new byte[6 + payload.length];
        frame[0] = (byte) (0x80 | opcode);
        frame[1] = (byte) (0x80 | payload.length);
        int mask = ThreadLocalRandom.current().nextInt();
        for (int i = 0; i < 4; i++) {
            frame[2 + i] = (byte) (mask >>> 8 * (3 - i));
        }
        for (int i = 0; i < payload.length; i++) {
            frame[6 + i] = (byte) (payload[i] ^ frame[2 + (i & 3)]);
        }
        return frame;
    }
}
