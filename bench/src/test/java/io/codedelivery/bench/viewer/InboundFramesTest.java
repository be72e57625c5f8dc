package io.codedelivery.bench.viewer;

import static io.codedelivery.bench.viewer.ServerFrames.concat;
import static io.codedelivery.bench.viewer.ServerFrames.frame;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ProtocolException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class InboundFramesTest {

    private static final String WIDE = "a€😀b é";
    private static final String LONG = "x".repeat(300);
    private static final String SHORT_IN_LONG_FORM = "a 64-bit length for a short text";

    private static final byte[] STREAM = concat(
            ServerFrames.text("hello"),
            ServerFrames.fragmented("first " + WIDE, 2),
            frame(false, InboundFrames.TEXT, "one, ".getBytes(UTF_8)),
            frame(true, InboundFrames.PING, "p1".getBytes(UTF_8)),
            frame(true, InboundFrames.CONTINUATION, "two".getBytes(UTF_8)),
            frame(false, InboundFrames.BINARY, new byte[] {1, 2, 3}),
            frame(true, InboundFrames.CONTINUATION, new byte[] {4}),
            frame(true, InboundFrames.PONG, "unasked".getBytes(UTF_8)),
            ServerFrames.text(LONG),
            frame(true, InboundFrames.TEXT, SHORT_IN_LONG_FORM.getBytes(UTF_8), 8),
            ServerFrames.text(""),
            frame(true, InboundFrames.PING, new byte[0]),
            ServerFrames.close(4001),
            ServerFrames.text("after the close"));

    private static final List<String> EXPECTED = List.of("text hello", "text first " + WIDE, "ping p1", "text one, two",
            "text " + LONG, "text " + SHORT_IN_LONG_FORM, "text ", "ping ", "close 4001");

    @Test
    void decodesAStreamReadWhole() throws IOException {
        Events events = new Events();
        assertThat(new InboundFrames().feed(STREAM, 0, STREAM.length, events)).isFalse();
        assertThat(events.seen).isEqualTo(EXPECTED);
    }

    @Test
    void decodesTheSameWhereverTheReadsSplitIt() throws IOException {
        for (int split = 0; split <= STREAM.length; split++) {
            Events events = new Events();
            InboundFrames frames = new InboundFrames();
            byte[] copy = STREAM.clone();
            if (frames.feed(copy, 0, split, events)) {
                Arrays.fill(copy, 0, split, (byte) 0);
                frames.feed(copy, split, copy.length, events);
            }
            assertThat(events.seen).as("split at %d", split).isEqualTo(EXPECTED);
        }
    }

    @Test
    void decodesAStreamReadOneByteAtATime() throws IOException {
        Events events = new Events();
        InboundFrames frames = new InboundFrames();
        for (int at = 0; at < STREAM.length && frames.feed(new byte[] {STREAM[at]}, 0, 1, events); at++) {
            assertThat(events.seen.size()).isLessThanOrEqualTo(EXPECTED.size());
        }
        assertThat(events.seen).isEqualTo(EXPECTED);
    }

    @Test
    void aCloseWithoutCodeIsNoStatus() throws IOException {
        Events events = new Events();
        byte[] close = frame(true, InboundFrames.CLOSE, new byte[0]);
        new InboundFrames().feed(close, 0, close.length, events);
        assertThat(events.seen).containsExactly("close 1005");
    }

    @Test
    void refusesWhatAServerMustNotSend() {
        byte[] masked = {(byte) 0x81, (byte) 0x81, 1, 2, 3, 4, 'a'};
        byte[] strayContinuation = frame(true, InboundFrames.CONTINUATION, new byte[1]);
        byte[] reservedBits = {(byte) 0xC1, 0};
        byte[] longPing = frame(true, InboundFrames.PING, new byte[126]);
        byte[] interleavedText = concat(frame(false, InboundFrames.TEXT, new byte[1]), ServerFrames.text("b"));
        for (byte[] bad : List.of(masked, strayContinuation, reservedBits, longPing, interleavedText)) {
            assertThatThrownBy(() -> new InboundFrames().feed(bad, 0, bad.length, new Events())).isInstanceOf(ProtocolException.class);
        }
    }

    private static final class Events implements InboundFrames.Sink {

        final List<String> seen = new ArrayList<>();

        @Override
        public void text(String text) {
            seen.add("text " + text);
        }

        @Override
        public void ping(byte[] payload) {
            seen.add("ping " + new String(payload, UTF_8));
        }

        @Override
        public void close(int code) {
            seen.add("close " + code);
        }
    }
}
