package io.codedelivery.bench.viewer;

import static io.codedelivery.bench.viewer.ServerFrames.concat;
import static io.codedelivery.bench.viewer.ServerFrames.frame;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.awaitility.Awaitility.await;

import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ProtocolException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.HdrHistogram.Recorder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ViewerPoolTest {

    private static final long EMIT = 1_764_079_203_500L;

    private final ViewerPool pool = new ViewerPool();
    private final RecordingListener listener = new RecordingListener();

    @AfterEach
    void closePool() {
        pool.close();
    }

    @Test
    void handshakesAsRfc6455AsksAndReceivesATextMessageInOneFrame() throws Exception {
        try (ScriptedServer server = new ScriptedServer(peer -> {
            assertThat(peer.request()).startsWith("GET /ws?delivery=d-1 HTTP/1.1\r\n");
            assertThat(peer.header("Host")).matches("127\\.0\\.0\\.1:\\d+");
            assertThat(peer.header("Origin")).isEqualTo("http://" + peer.header("Host"));
            assertThat(peer.header("Upgrade")).isEqualTo("websocket");
            assertThat(peer.header("Connection")).isEqualTo("Upgrade");
            assertThat(peer.header("Sec-WebSocket-Version")).isEqualTo("13");
            assertThat(Base64.getDecoder().decode(peer.header("Sec-WebSocket-Key"))).hasSize(16);
            peer.accept();
            peer.write(ServerFrames.text("{\"type\":\"snapshot\"}"));
        })) {
            open(server.uri("/ws?delivery=d-1"));

            assertThat(listener.nextText()).isEqualTo("{\"type\":\"snapshot\"}");
            assertThat(listener.opened).hasValue(1);
            server.awaitScript();
        }
    }

    @Test
    void joinsAMessageFragmentedInManyFramesAndSplitAcrossWritesAtOddBytes() throws Exception {
        String message = text(50_000);
        byte[] stream = concat(ServerFrames.fragmented(message, 2048, 1, 7, 333, 4096),
                frame(false, InboundFrames.TEXT, "a ".getBytes(UTF_8)),
                frame(true, InboundFrames.PING, "between".getBytes(UTF_8)),
                frame(true, InboundFrames.CONTINUATION, "b".getBytes(UTF_8)),
                ServerFrames.text("next"));
        try (ScriptedServer server = new ScriptedServer(peer -> {
            peer.accept();
            peer.writeInPieces(stream, 1, 2, 3, 5, 7, 11, 13, 1021, 4099);
            assertThat(peer.readFrame().payload()).asString(UTF_8).isEqualTo("between");
        })) {
            open(server.uri("/ws"));

            assertThat(listener.nextText()).isEqualTo(message);
            assertThat(listener.nextText()).isEqualTo("a b");
            assertThat(listener.nextText()).isEqualTo("next");
            server.awaitScript();
        }
    }

    @Test
    void readsSixteenAndSixtyFourBitLengthsUpToSeveralMegabytes() throws Exception {
        List<String> messages = List.of(text(60_000), text(70_000), text(3_000_000));
        try (ScriptedServer server = new ScriptedServer(peer -> {
            peer.accept();
            for (String message : messages) {
                peer.write(ServerFrames.text(message));
            }
            peer.writeInPieces(ServerFrames.fragmented(messages.get(2), 2048), 2047, 4093, 65_537);
        })) {
            open(server.uri("/ws"));

            for (String message : List.of(messages.get(0), messages.get(1), messages.get(2), messages.get(2))) {
                String received = listener.nextText();
                assertThat(received).hasSameSizeAs(message);
                assertThat(received.equals(message)).as("the %,d chars arrived intact", message.length()).isTrue();
            }
            server.awaitScript();
        }
    }

    @Test
    void answersAPingWithAMaskedPongOfTheSamePayload() throws Exception {
        byte[] payload = "are you there? é".getBytes(UTF_8);
        try (ScriptedServer server = new ScriptedServer(peer -> {
            peer.accept();
            peer.write(frame(true, InboundFrames.PING, payload));
            ScriptedServer.ClientFrame pong = peer.readFrame();
            assertThat(pong.opcode()).isEqualTo(InboundFrames.PONG);
            assertThat(pong.fin()).isTrue();
            assertThat(pong.masked()).isTrue();
            assertThat(pong.payload()).isEqualTo(payload);
        })) {
            open(server.uri("/ws"));

            server.awaitScript();
        }
    }

    @Test
    void aCloseFrameReportsItsCodeIsAnsweredAndEndsTheConnection() throws Exception {
        try (ScriptedServer server = new ScriptedServer(peer -> {
            peer.accept();
            peer.write(ServerFrames.close(4001));
            ScriptedServer.ClientFrame reply = peer.readFrame();
            assertThat(reply.opcode()).isEqualTo(InboundFrames.CLOSE);
            assertThat(reply.masked()).isTrue();
            assertThat(reply.payload()).containsExactly(4001 >> 8, 4001 & 0xff);
            assertThat(peer.atEndOfStream()).isTrue();
        })) {
            open(server.uri("/ws"));

            assertThat(listener.nextClose()).isEqualTo(4001);
            server.awaitScript();
            assertThat(listener.anyMoreClose()).isFalse();
        }
    }

    @Test
    void theEndOfTheStreamIsAnAbnormalClosureReportedOnce() throws Exception {
        try (ScriptedServer server = new ScriptedServer(peer -> peer.accept(ServerFrames.text("bye")))) {
            open(server.uri("/ws"));

            assertThat(listener.nextText()).isEqualTo("bye");
            assertThat(listener.nextClose()).isEqualTo(1006);
            server.awaitScript();
            assertThat(listener.anyMoreClose()).isFalse();
        }
    }

    @Test
    void keepsTheFramesSentInTheSameWriteAsTheHandshakeResponse() throws Exception {
        try (ScriptedServer server = new ScriptedServer(peer -> {
            peer.accept(ServerFrames.text("first"), ServerFrames.fragmented("second", 2), frame(false, InboundFrames.TEXT, "thi".getBytes(UTF_8)));
            peer.write(frame(true, InboundFrames.CONTINUATION, "rd".getBytes(UTF_8)));
            assertThat(peer.atEndOfStream()).isTrue();
        })) {
            open(server.uri("/ws"));

            assertThat(listener.nextText()).isEqualTo("first");
            assertThat(listener.nextText()).isEqualTo("second");
            assertThat(listener.nextText()).isEqualTo("third");
            pool.close();
            server.awaitScript();
        }
    }

    @Test
    void aWrongAcceptFailsTheConnection() throws Exception {
        try (ScriptedServer server = new ScriptedServer(peer -> {
            peer.respond("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Accept: " + Handshake.accept("not the key") + "\r\n\r\n");
            assertThat(peer.atEndOfStream()).isTrue();
        })) {
            CompletableFuture<ViewerSocket> socket = pool.open(server.uri("/ws"), listener);

            assertThatThrownBy(() -> socket.get(20, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(ProtocolException.class).hasMessageContaining("wrong Sec-WebSocket-Accept");
            server.awaitScript();
            assertThat(listener.opened).hasValue(0);
        }
    }

    @Test
    void aRefusedUpgradeFailsTheConnection() throws Exception {
        try (ScriptedServer server = new ScriptedServer(peer -> peer.respond("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n"))) {
            CompletableFuture<ViewerSocket> socket = pool.open(server.uri("/ws"), listener);

            assertThatThrownBy(() -> socket.get(20, TimeUnit.SECONDS)).cause().isInstanceOf(ProtocolException.class)
                    .hasMessageContaining("expected 101").hasMessageContaining("403 Forbidden");
            server.awaitScript();
        }
    }

    @Test
    void abortClosesTheConnectionAtOnceWithoutReportingIt() throws Exception {
        try (ScriptedServer server = new ScriptedServer(peer -> {
            peer.accept(ServerFrames.text("hello"));
            assertThat(peer.atEndOfStream()).isTrue();
        })) {
            ViewerSocket socket = open(server.uri("/ws"));
            assertThat(listener.nextText()).isEqualTo("hello");

            socket.abort();

            server.awaitScript();
            assertThat(listener.anyMoreClose()).isFalse();
        }
    }

    @Test
    void refusedConnectionsFailAndGiveBackTheirHandshakeSlot() throws Exception {
        URI nobody;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            nobody = URI.create("ws://127.0.0.1:" + closed.getLocalPort() + "/ws");
        }
        List<CompletableFuture<ViewerSocket>> sockets = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> IntStream.range(0, 250).mapToObj(i -> pool.open(nobody, listener)).toList());

        for (CompletableFuture<ViewerSocket> socket : sockets) {
            assertThatThrownBy(() -> socket.get(20, TimeUnit.SECONDS)).cause().isInstanceOf(ConnectException.class);
        }
    }

    @Test
    void refusesTls() {
        assertThatThrownBy(() -> pool.open(URI.create("wss://127.0.0.1:8443/ws"), listener))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("wss://127.0.0.1:8443/ws");
    }

    @Test
    void countsWhatAViewerReceivesIntoItsTally() throws Exception {
        String positions = "{\"type\":\"positions\",\"positions\":[[\"a\",\"broadway\",1,40.7,-73.9," + EMIT
                + "],[\"a\",\"broadway\",2,40.7,-73.9," + EMIT + "]]}";
        try (ScriptedServer server = new ScriptedServer(peer -> {
            peer.accept(ServerFrames.text("{\"type\":\"snapshot\",\"v\":1,\"positions\":[]}"));
            peer.writeInPieces(ServerFrames.fragmented(positions, 10), 3);
            peer.write(ServerFrames.close(4001));
            peer.readFrame();
        })) {
            ViewerTally tally = new ViewerTally(null, new Recorder(3));
            tally.open(new Window(0, Long.MAX_VALUE));

            ViewerPool.Viewer viewer = pool.connect(server.uri("/ws"), tally);

            assertThat(pool.awaitOpen(List.of(viewer), Duration.ofSeconds(20))).isEqualTo(1);
            await().atMost(Duration.ofSeconds(20)).until(() -> tally.summary().closed());
            ViewerTally.Summary summary = tally.summary();
            assertThat(summary.connected()).isTrue();
            assertThat(tally.hasSnapshot()).isTrue();
            assertThat(summary.protocol()).isEqualTo("v1");
            assertThat(summary.frames()).isEqualTo(2);
            assertThat(summary.delivered()).isEqualTo(2);
            server.awaitScript();
        }
    }

    private ViewerSocket open(URI uri) throws Exception {
        return pool.open(uri, listener).get(20, TimeUnit.SECONDS);
    }

    /** Text of at least {@code chars} chars, many of them two to four bytes long in UTF-8, none repeating soon. */
    private static String text(int chars) {
        StringBuilder text = new StringBuilder(chars + 8);
        for (int i = 0; text.length() < chars; i++) {
            text.append(i % 7 == 0 ? "é" : i % 11 == 0 ? "€" : i % 13 == 0 ? "😀" : Integer.toString(i, 36));
        }
        return text.toString();
    }
}
