package io.codedelivery.backend.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Raw HTTP/1.1 requests for the fuzz pass, each on its own connection. */
final class Requests {

    /** One fuzz case: what it tries, and the bytes that try it. */
    record Case(String name, byte[] bytes) {

        @Override
        public String toString() {
            return name;
        }
    }

    private Requests() {
    }

    static Case raw(String name, String text) {
        return new Case(name, text.getBytes(StandardCharsets.ISO_8859_1));
    }

    static Case raw(String name, byte[] bytes) {
        return new Case(name, bytes);
    }

    static Case get(String name, String target, String... headers) {
        return request(name, "GET", target, List.of(headers), null);
    }

    static Case json(String name, String method, String target, String json) {
        return request(name, method, target, List.of("Content-Type: application/json"), utf8(json));
    }

    /** A request with Host and Connection: close, and a Content-Length when it has a body. */
    static Case request(String name, String method, String target, List<String> headers, byte[] body) {
        List<String> all = new ArrayList<>(headers);
        if (body != null) {
            all.add("Content-Length: " + body.length);
        }
        return new Case(name, join(head(method, target, all), body == null ? new byte[0] : body));
    }

    /** The body sent with Transfer-Encoding: chunked, no Content-Length. */
    static Case chunked(String name, String method, String target, List<String> headers, byte[] body, int chunk) {
        List<String> all = new ArrayList<>(headers);
        all.add("Transfer-Encoding: chunked");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int offset = 0; offset < body.length; offset += chunk) {
            int length = Math.min(chunk, body.length - offset);
            out.writeBytes((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, offset, length);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return new Case(name, join(head(method, target, all), out.toByteArray()));
    }

    static byte[] head(String method, String target, List<String> headers) {
        StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n");
        head.append("Host: 127.0.0.1\r\nConnection: close\r\n");
        headers.forEach(header -> head.append(header).append("\r\n"));
        return head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] join(byte[] first, byte[] second) {
        byte[] joined = new byte[first.length + second.length];
        System.arraycopy(first, 0, joined, 0, first.length);
        System.arraycopy(second, 0, joined, first.length, second.length);
        return joined;
    }
}
