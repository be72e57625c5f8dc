package io.codedelivery.backend.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A bare HTTP/1.1 client over a socket, for requests java.net.http refuses to send (bad request
 * lines, illegal headers, lying lengths, raw chunking). The request is written by its own thread
 * while the answer is read, so a server that answers early and closes never blocks the test.
 */
final class RawHttp {

    private static final int TIMEOUT_MILLIS = 10_000;
    private static final int MAX_BODY = 1 << 20;

    /** An answer; {@code status} is -1 when the server closed the connection without one. */
    record Answer(int status, Map<String, String> headers, String body) {

        static final Answer CLOSED = new Answer(-1, Map.of(), "");

        boolean closed() {
            return status < 0;
        }

        String contentType() {
            return headers.getOrDefault("content-type", "");
        }
    }

    private RawHttp() {
    }

    static Answer exchange(int port, byte[] request) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            Thread writer = Thread.ofVirtual().start(() -> {
                try {
                    for (int offset = 0; offset < request.length; offset += 65_536) {
                        out.write(request, offset, Math.min(65_536, request.length - offset));
                    }
                    out.flush();
                    socket.shutdownOutput();
                } catch (IOException e) {
                    // the server answered and closed before reading it all: the answer tells
                }
            });
            try {
                return read(socket.getInputStream());
            } finally {
                socket.close();
                writer.join(TIMEOUT_MILLIS);
            }
        } catch (IOException e) {
            return Answer.CLOSED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Answer read(InputStream in) throws IOException {
        int status;
        Map<String, String> headers;
        do {
            String statusLine = line(in);
            if (statusLine == null || !statusLine.startsWith("HTTP/1.1 ")) {
                return Answer.CLOSED;
            }
            status = Integer.parseInt(statusLine.substring(9, 12));
            headers = headers(in);
        } while (status == 100);
        if (status == 101 || status == 204 || status == 304) {
            return new Answer(status, headers, "");
        }
        byte[] body;
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = chunked(in);
        } else if (headers.containsKey("content-length")) {
            body = in.readNBytes(Math.min(MAX_BODY, Integer.parseInt(headers.get("content-length"))));
        } else {
            body = in.readNBytes(MAX_BODY);
        }
        return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static Map<String, String> headers(InputStream in) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            headers.put(header.substring(0, colon).trim().toLowerCase(Locale.ROOT), header.substring(colon + 1).trim());
        }
        return headers;
    }

    private static byte[] chunked(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (String size = line(in); size != null; size = line(in)) {
            int length = Integer.parseInt(size.split(";")[0].trim(), 16);
            if (length == 0 || body.size() > MAX_BODY) {
                break;
            }
            body.write(in.readNBytes(length));
            line(in);
        }
        return body.toByteArray();
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b >= 0; b = in.read()) {
            if (b == '\n') {
                String text = line.toString(StandardCharsets.ISO_8859_1);
                return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }
}
