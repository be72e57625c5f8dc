package io.codedelivery.bench.viewer;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.US_ASCII;

import io.codedelivery.devstack.testkit.ViewerClient;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ProtocolException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The client's side of the RFC 6455 opening handshake, over a channel still in blocking mode (run on a
 * virtual thread): connect, send the upgrade request, and check the 101 response and its
 * {@code Sec-WebSocket-Accept}. Whatever the server sent after the response headers is handed back,
 * as it is the start of the first frames.
 */
final class Handshake {

    private static final String ACCEPT_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
    private static final byte[] HEADERS_END = {'\r', '\n', '\r', '\n'};
    private static final int MAX_RESPONSE_BYTES = 64 * 1024;

    private Handshake() {
    }

    /** Opens a {@code ws://} connection by {@code deadlineNanos}; returns the bytes that followed the response headers. */
    static byte[] open(SocketChannel channel, URI uri, long deadlineNanos) throws IOException {
        try {
            return exchange(channel, uri, deadlineNanos);
        } catch (SocketTimeoutException e) {
            throw new SocketTimeoutException(uri + ": no WebSocket handshake in time (" + e.getMessage() + ")");
        }
    }

    private static byte[] exchange(SocketChannel channel, URI uri, long deadlineNanos) throws IOException {
        Socket socket = channel.socket();
        socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort() < 0 ? 80 : uri.getPort()), millisLeft(deadlineNanos));
        socket.setTcpNoDelay(true);
        String key = Base64.getEncoder().encodeToString(nonce());
        ByteBuffer request = ByteBuffer.wrap(request(uri, key).getBytes(US_ASCII));
        while (request.hasRemaining()) {
            channel.write(request);
        }
        byte[] response = new byte[4096];
        int length = 0;
        int headersEnd;
        InputStream in = socket.getInputStream();
        while ((headersEnd = headersEnd(response, length)) < 0) {
            if (length == response.length) {
                if (length >= MAX_RESPONSE_BYTES) {
                    throw new ProtocolException(uri + ": handshake response headers over " + MAX_RESPONSE_BYTES + " bytes");
                }
                response = Arrays.copyOf(response, 2 * length);
            }
            socket.setSoTimeout(millisLeft(deadlineNanos));
            int read = in.read(response, length, response.length - length);
            if (read < 0) {
                throw new EOFException(uri + ": connection closed during the handshake");
            }
            length += read;
        }
        check(uri, new String(response, 0, headersEnd, ISO_8859_1), key);
        return Arrays.copyOfRange(response, headersEnd + HEADERS_END.length, length);
    }

    static String request(URI uri, String key) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        String host = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
        return "GET " + path + query + " HTTP/1.1\r\n"
                + "Host: " + host + "\r\n"
                + "Upgrade: websocket\r\n"
                + "Connection: Upgrade\r\n"
                + "Sec-WebSocket-Key: " + key + "\r\n"
                + "Sec-WebSocket-Version: 13\r\n"
                + "Origin: " + ViewerClient.originOf(uri) + "\r\n"
                + "\r\n";
    }

    static String accept(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest((key + ACCEPT_GUID).getBytes(US_ASCII));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void check(URI uri, String head, String key) throws ProtocolException {
        String[] lines = head.split("\r\n");
        String[] status = lines[0].split(" ", 3);
        if (status.length < 2 || !status[0].startsWith("HTTP/1.") || !status[1].equals("101")) {
            throw new ProtocolException(uri + ": expected 101 Switching Protocols, got '" + lines[0] + "'");
        }
        Map<String, String> headers = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
        }
        if (!"websocket".equalsIgnoreCase(headers.get("upgrade"))) {
            throw new ProtocolException(uri + ": 101 response without 'Upgrade: websocket'");
        }
        String expected = accept(key);
        String accept = headers.get("sec-websocket-accept");
        if (!expected.equals(accept)) {
            throw new ProtocolException(uri + ": wrong Sec-WebSocket-Accept " + (accept == null ? "(none)" : "'" + accept + "'")
                    + ", expected '" + expected + "'");
        }
    }

    private static int headersEnd(byte[] bytes, int length) {
        for (int i = 0; i + HEADERS_END.length <= length; i++) {
            if (Arrays.equals(bytes, i, i + HEADERS_END.length, HEADERS_END, 0, HEADERS_END.length)) {
                return i;
            }
        }
        return -1;
    }

    private static int millisLeft(long deadlineNanos) throws SocketTimeoutException {
        long left = (deadlineNanos - System.nanoTime()) / 1_000_000;
        if (left <= 0) {
            throw new SocketTimeoutException("deadline passed");
        }
        return (int) Math.min(Integer.MAX_VALUE, left);
    }

    private static byte[] nonce() {
        byte[] nonce = new byte[16];
        ThreadLocalRandom.current().nextBytes(nonce);
        return nonce;
    }
}
