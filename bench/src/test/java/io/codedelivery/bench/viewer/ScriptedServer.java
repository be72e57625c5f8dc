package io.codedelivery.bench.viewer;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A WebSocket server for one connection on a free loopback port: it reads the client's upgrade request
 * and hands the connection to a script, which answers the handshake as it likes and writes crafted frames.
 */
final class ScriptedServer implements AutoCloseable {

    private final ServerSocket server;
    private final CompletableFuture<Void> done = new CompletableFuture<>();

    interface Script {
        void run(Peer peer) throws Exception;
    }

    ScriptedServer(Script script) throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofPlatform().daemon().name("scripted-server").start(() -> {
            try (Socket socket = server.accept()) {
                socket.setTcpNoDelay(true);
                script.run(new Peer(socket));
                done.complete(null);
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        });
    }

    URI uri(String pathAndQuery) {
        return URI.create("ws://127.0.0.1:" + server.getLocalPort() + pathAndQuery);
    }

    /** Waits for the script to end, failing with what it threw. */
    void awaitScript() throws Exception {
        done.get(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws IOException {
        server.close();
    }

    /** A frame the client sent, unmasked. */
    record ClientFrame(boolean fin, int opcode, boolean masked, byte[] payload) {
    }

    /** The server's end of the connection. */
    static final class Peer {

        private final InputStream in;
        private final OutputStream out;
        private final String request;

        Peer(Socket socket) throws IOException {
            in = socket.getInputStream();
            out = socket.getOutputStream();
            request = readRequest();
        }

        String request() {
            return request;
        }

        String header(String name) {
            return request.lines().filter(l -> l.toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT) + ":"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse(null);
        }

        /** Switches protocols, sending {@code first} in the same write as the response headers. */
        void accept(byte[]... first) throws IOException {
            respond("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: "
                    + Handshake.accept(header("Sec-WebSocket-Key")) + "\r\n\r\n", first);
        }

        void respond(String head, byte[]... first) throws IOException {
            write(ServerFrames.concat(head.getBytes(ISO_8859_1), ServerFrames.concat(first)));
        }

        void write(byte[] bytes) throws IOException {
            out.write(bytes);
            out.flush();
        }

        /** Writes the bytes in pieces of the given sizes, in turn, each flushed on its own. */
        void writeInPieces(byte[] bytes, int... sizes) throws IOException {
            for (int at = 0, i = 0; at < bytes.length; i++) {
                int size = Math.min(sizes[i % sizes.length], bytes.length - at);
                out.write(bytes, at, size);
                out.flush();
                at += size;
            }
        }

        ClientFrame readFrame() throws IOException {
            DataInputStream data = new DataInputStream(in);
            int first = data.readUnsignedByte();
            int second = data.readUnsignedByte();
            long length = second & 0x7f;
            if (length == 126) {
                length = data.readUnsignedShort();
            } else if (length == 127) {
                length = data.readLong();
            }
            boolean masked = (second & 0x80) != 0;
            byte[] mask = new byte[4];
            if (masked) {
                data.readFully(mask);
            }
            byte[] payload = new byte[(int) length];
            data.readFully(payload);
            for (int i = 0; masked && i < payload.length; i++) {
                payload[i] ^= mask[i & 3];
            }
            return new ClientFrame((first & 0x80) != 0, first & 0x0f, masked, payload);
        }

        /** True when the client closed its side: nothing more comes. */
        boolean atEndOfStream() throws IOException {
            return in.read() < 0;
        }

        private String readRequest() throws IOException {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            byte[] end = {'\r', '\n', '\r', '\n'};
            while (head.size() < 4 || !Arrays.equals(Arrays.copyOfRange(head.toByteArray(), head.size() - 4, head.size()), end)) {
                int b = in.read();
                if (b < 0) {
                    throw new EOFException("client left during its request");
                }
                head.write(b);
            }
            return head.toString(ISO_8859_1);
        }
    }
}
