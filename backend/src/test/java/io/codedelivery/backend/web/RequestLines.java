package io.codedelivery.backend.web;

import static io.codedelivery.backend.web.Requests.get;
import static io.codedelivery.backend.web.Requests.raw;
import static io.codedelivery.backend.web.Requests.request;

import io.codedelivery.backend.web.Requests.Case;
import java.util.ArrayList;
import java.util.List;

/** Hand-picked cases Tomcat sees before Spring (request lines, headers) and the WebSocket handshake. */
final class RequestLines {

    static final String UPGRADE = "Upgrade: websocket|Connection: Upgrade|Sec-WebSocket-Version: 13"
            + "|Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==";

    private RequestLines() {
    }

    static void add(List<Case> cases) {
        requestLines(cases);
        headers(cases);
        webSocket(cases);
    }

    private static void requestLines(List<Case> cases) {
        List<String> lines = List.of("GARBAGE", "GET", "GET /", "GET / HTTP/2.0", "GET / HTTP/9.9", "GET / FOO/1.1",
                "", "GET  /api/routes  HTTP/1.1", "get /api/routes HTTP/1.1", "G(ET /api/routes HTTP/1.1",
                "GET /api/routes HTTP/1.1 extra", "GET api/routes HTTP/1.1", "GET /api/\troutes HTTP/1.1",
                "GET /api/routes\u0000 HTTP/1.1", "GET /api/rou tes HTTP/1.1", "GET /api/routes/a|b HTTP/1.1",
                "GET /api/routes/{x} HTTP/1.1", "GET /api/routes/a\"b HTTP/1.1", "GET /api/routes/<x> HTTP/1.1",
                "GET /api/routes/\\x HTTP/1.1", "GET /api/routes/^ HTTP/1.1", "GET /" + "a".repeat(20_000) + " HTTP/1.1",
                "PRI * HTTP/2.0", "CONNECT 127.0.0.1:443 HTTP/1.1", "OPTIONS * HTTP/1.1");
        for (String line : lines) {
            String shown = line.length() > 40 ? line.substring(0, 40) + "...(" + line.length() + ")" : line;
            cases.add(raw("request line " + shown.replace("\u0000", "\\0"),
                    line + "\r\nHost: x\r\nConnection: close\r\n\r\n"));
        }
        cases.add(raw("HTTP/1.0 without Host", "GET /api/config HTTP/1.0\r\n\r\n"));
        cases.add(raw("HTTP/1.1 without Host", "GET /api/config HTTP/1.1\r\nConnection: close\r\n\r\n"));
        cases.add(raw("only CRLFs", "\r\n\r\n\r\n"));
        cases.add(raw("binary bytes", new byte[] {0, 1, 2, (byte) 0xFF, (byte) 0xFE, 13, 10, 13, 10}));
        cases.add(raw("a TLS client hello", new byte[] {0x16, 0x03, 0x01, 0x00, (byte) 0xA5, 0x01, 0x00, 0x00,
            (byte) 0xA1, 0x03, 0x03, 13, 10, 13, 10}));
    }

    private static void headers(List<Case> cases) {
        List<String> headers = List.of("NoColon", "Bad Name: x", ": empty name", "X-Ctl: a\u0001b", "X-Del: a\u007fb",
                "X-Long: " + "v".repeat(10_000), "Host: second", "X-Fold: a\r\n folded", "Expect: 100-continue",
                "Expect: garbage", "Upgrade: h2c|Connection: Upgrade, HTTP2-Settings|HTTP2-Settings: AAMAAABkAARAAAAAAAIAAAAA",
                "Range: bytes=garbage", "Range: bytes=999999-1", "If-None-Match: ,,,", "If-Modified-Since: yesterday",
                "Cookie: ;;;=;=", "Accept-Charset: garbage", "Accept-Encoding: gzip;q=x", "Accept-Language: ;;;",
                "Authorization: Bearer " + "a".repeat(5000), "X-Forwarded-For: ::::", "Forwarded: for=\"[",
                "Origin: null", "Origin: http://evil.example", "Content-Type: application/json", "X-\u00e9: \u00e9");
        for (String header : headers) {
            String shown = header.length() > 40 ? header.substring(0, 40) + "...(" + header.length() + ")" : header;
            for (String target : List.of("/api/routes", "/api/config", "/nowhere", "/")) {
                cases.add(request("header " + shown + " on " + target, "GET", target, List.of(header.split("\\|")), null));
            }
        }
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            many.add("X-Many-" + i + ": " + i);
        }
        cases.add(request("150 headers", "GET", "/api/routes", many, null));
        cases.add(raw("header without CR", "GET /api/config HTTP/1.1\nHost: x\nConnection: close\n\n"));
        cases.add(raw("head ends early", "GET /api/config HTTP/1.1\r\nHost: x\r\nConnection: close\r\nX-Trunc"));
    }

    private static void webSocket(List<Case> cases) {
        List<String> queries = List.of("", "?delivery=", "?delivery=" + "d".repeat(5000), "?delivery=%zz",
                "?delivery=%00", "?delivery=a&delivery=b", "?bbox=", "?bbox=1,2,3", "?bbox=a,b,c,d", "?bbox=1,2,3,4,5",
                "?bbox=NaN,NaN,NaN,NaN", "?bbox=1e999,0,0,0", "?bbox=200,0,0,0", "?bbox=,,,", "?bbox=%2C%2C%2C",
                "?bbox=-74.02,40.70,-73.97,40.75", "?delivery=x&bbox=1,2,3,4", "?" + "q".repeat(7000), "?%zz=1",
                "?delivery=%E2%82%AC", "?bbox=" + "1,".repeat(2000) + "1");
        for (String query : queries) {
            String shown = query.length() > 40 ? query.substring(0, 40) + "...(" + query.length() + ")" : query;
            cases.add(request("WebSocket /ws" + shown, "GET", "/ws" + query, List.of(UPGRADE.split("\\|")), null));
            cases.add(get("plain GET /ws" + shown, "/ws" + query));
        }
        cases.add(request("WebSocket without a key", "GET", "/ws",
                List.of("Upgrade: websocket", "Connection: Upgrade", "Sec-WebSocket-Version: 13"), null));
        cases.add(request("WebSocket version 12", "GET", "/ws", List.of(UPGRADE.replace("13", "12").split("\\|")), null));
        cases.add(request("WebSocket from a foreign origin", "GET", "/ws",
                List.of((UPGRADE + "|Origin: http://evil.example").split("\\|")), null));
        cases.add(request("WebSocket upgrade to h2c", "GET", "/ws", List.of("Upgrade: h2c", "Connection: Upgrade"), null));
        cases.add(request("WebSocket by POST", "POST", "/ws", List.of(UPGRADE.split("\\|")), new byte[0]));
    }
}
