package io.codedelivery.backend.web;

import static io.codedelivery.backend.web.Requests.chunked;
import static io.codedelivery.backend.web.Requests.get;
import static io.codedelivery.backend.web.Requests.json;
import static io.codedelivery.backend.web.Requests.raw;
import static io.codedelivery.backend.web.Requests.request;
import static io.codedelivery.backend.web.Requests.utf8;

import io.codedelivery.backend.web.Requests.Case;
import java.util.ArrayList;
import java.util.List;

/** The hand-picked part of the fuzz pass: each a request a tester or an attacker would try. */
final class BadRequests {

    static final String ROUTE = "{\"title\":\"Fuzz\",\"geometry\":{\"type\":\"LineString\","
            + "\"coordinates\":[[-73.99,40.73],[-73.98,40.74]]}}";
    static final String DELIVERY = "{\"routeId\":\"broadway\"}";
    static final List<String> ENDPOINTS = List.of("/api/routes", "/api/routes/broadway", "/api/routes/import",
            "/api/deliveries", "/api/deliveries/d-1", "/api/deliveries/d-1/cancel", "/api/deliveries/d-1/device-token", "/api/device/delivery",
            "/api/device/positions", "/api/osmand", "/api/config", "/error", "/actuator/health", "/actuator/prometheus", "/nowhere",
            "/", "/ws");
    static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD", "TRACE",
            "FOO", "PROPFIND");
    static final List<String> CONTENT_TYPES = List.of("application/*", "*/*", "*/json", "application", "/", ";", "",
            "application/json; charset=garbage", "application/json; charset=", "application/json;charset=UTF-32",
            "application/json;;;", "application/json; q=x", "\"application/json\"", "text/plain", "application/xml",
            "multipart/form-data", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded",
            "application/json, text/plain", "application/problem+json", "application/vnd.x+json", "text/*",
            "application/json; charset=\u00e9", "a/b/c", "x".repeat(3000) + "/json");

    private BadRequests() {
    }

    static List<Case> all() {
        List<Case> cases = new ArrayList<>();
        methods(cases);
        contentTypes(cases);
        routeBodies(cases);
        deliveryBodies(cases);
        sizes(cases);
        paths(cases);
        RequestLines.add(cases);
        return cases;
    }

    private static void methods(List<Case> cases) {
        for (String endpoint : ENDPOINTS) {
            for (String method : METHODS) {
                cases.add(request(method + " " + endpoint, method, endpoint, List.of(), null));
            }
            for (String accept : List.of("image/png", "application/*", ";;;", "text/html", "application/xml")) {
                cases.add(get("Accept " + accept + " on " + endpoint, endpoint, "Accept: " + accept));
            }
        }
    }

    private static void contentTypes(List<Case> cases) {
        for (String type : CONTENT_TYPES) {
            String shown = type.length() > 40 ? type.substring(0, 40) + "..." : type;
            cases.add(request("POST routes as " + shown, "POST", "/api/routes", List.of("Content-Type: " + type),
                    utf8(ROUTE)));
            cases.add(request("POST deliveries as " + shown, "POST", "/api/deliveries",
                    List.of("Content-Type: " + type), utf8(DELIVERY)));
        }
        cases.add(request("POST routes without a content type", "POST", "/api/routes", List.of(), utf8(ROUTE)));
        cases.add(request("POST deliveries without a content type", "POST", "/api/deliveries", List.of(),
                utf8(DELIVERY)));
        cases.add(request("POST routes as gzip that is not", "POST", "/api/routes",
                List.of("Content-Type: application/json", "Content-Encoding: gzip"), utf8(ROUTE)));
    }

    private static void routeBodies(List<Case> cases) {
        String nested = "[".repeat(5000) + "]".repeat(5000);
        String points = "[-73.99,40.73],".repeat(10_000) + "[-73.98,40.74]";
        List<String> bodies = List.of("", "{", "[", "\"", "{\"title\":", "nul", "{}", "[]", "null", "1", "\"x\"", "true",
                nested, "{\"a\":".repeat(3000) + "1" + "}".repeat(3000), "{\"title\":\"" + "x".repeat(1_000_000) + "\"}",
                route("\"" + "t".repeat(201) + "\"", "[[-73.99,40.73],[-73.98,40.74]]"),
                route("\"tab\\there\"", "[[-73.99,40.73],[-73.98,40.74]]"),
                route("\"x\"", "[[NaN,40.73],[-73.98,40.74]]"), route("\"x\"", "[[\"NaN\",40.73],[-73.98,40.74]]"),
                route("\"x\"", "[[\"Infinity\",40.73],[-73.98,40.74]]"), route("\"x\"", "[[1e309,40.73],[0,0]]"),
                route("\"x\"", "[[-1e309,40.73],[0,0]]"), route("\"x\"", "[[1e-400,40.73],[0,0]]"),
                route("\"x\"", "[[" + "9".repeat(400) + ",1],[0,0]]"), route("\"x\"", "[[" + "9".repeat(2000) + ",1],[0,0]]"),
                route("\"x\"", "\"nope\""), route("\"x\"", "[[]]"), route("\"x\"", "[[1],[2]]"),
                route("\"x\"", "[[1,2,3,4],[1,2]]"), route("\"x\"", "[[\"a\",\"b\"],[1,2]]"),
                route("\"x\"", "[[true,false],[1,2]]"), route("\"x\"", "[[null,null],[1,2]]"), route("\"x\"", "[" + points + "]"),
                route("\"x\"", "[[0,91],[0,0]]"), route("\"x\"", "[[181,0],[0,0]]"), route("\"x\"", "[[0,-90.0000001],[0,0]]"),
                route("\"x\"", "{}"), route("1", "[[0,1],[0,0]]"), route("{}", "[[0,1],[0,0]]"), route("[]", "[[0,1],[0,0]]"),
                route("null", "[[0,1],[0,0]]"), route("\"x\"", "[[0,1],[0,0]]") + " trailing",
                "{\"title\":\"x\",\"geometry\":\"LineString\"}", "{\"title\":\"x\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[0,0]}}",
                "{\"title\":\"x\",\"title\":\"y\",\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[0,1],[0,0]]}}",
                "\uFEFF" + ROUTE, "{'title':'x'}", "{title:\"x\"}", "/* c */" + ROUTE, "{\"title\":\"\\ud800\"}",
                "{\"title\":\"a\u0000b\"}", "{\"title\":\"\\u0000\",\"geometry\":null}");
        for (String body : bodies) {
            String shown = body.length() > 40 ? body.substring(0, 40) + "...(" + body.length() + ")" : body;
            cases.add(json("POST routes " + shown, "POST", "/api/routes", body));
        }
        cases.add(request("POST routes invalid UTF-8", "POST", "/api/routes", List.of("Content-Type: application/json"),
                new byte[] {'{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}));
        cases.add(request("POST routes as UTF-16", "POST", "/api/routes",
                List.of("Content-Type: application/json; charset=UTF-16"), ROUTE.getBytes(java.nio.charset.StandardCharsets.UTF_16)));
    }

    private static String route(String title, String coordinates) {
        return "{\"title\":" + title + ",\"geometry\":{\"type\":\"LineString\",\"coordinates\":" + coordinates + "}}";
    }

    private static void deliveryBodies(List<Case> cases) {
        List<String> bodies = List.of("", "{", "{}", "[]", "null", "{\"routeId\":null}", "{\"routeId\":1}",
                "{\"routeId\":{}}", "{\"routeId\":[]}", "{\"routeId\":\"\"}", "{\"routeId\":\"../../etc\"}",
                "{\"routeId\":\"" + "r".repeat(10_000) + "\"}", "{\"routeId\":\"\\u0000\"}", "{\"routeId\":\"$where\"}",
                "{\"routeId\":{\"$ne\":null}}", "{\"routeId\":\"\u00e9\u4e2d\"}", DELIVERY, "{\"routeId\":\"broadway\",\"x\":1}");
        for (String body : bodies) {
            String shown = body.length() > 40 ? body.substring(0, 40) + "...(" + body.length() + ")" : body;
            cases.add(json("POST deliveries " + shown, "POST", "/api/deliveries", body));
        }
    }

    private static void sizes(List<Case> cases) {
        byte[] tenMegabytes = utf8("{\"title\":\"" + "x".repeat(10 * 1024 * 1024) + "\"}");
        byte[] threeMegabytes = utf8("{\"title\":\"x\",\"geometry\":{\"type\":\"LineString\",\"coordinates\":["
                + "[-73.99,40.73],".repeat(200_000) + "[0,0]]}}");
        List<String> json = List.of("Content-Type: application/json");
        cases.add(request("10 MB route with Content-Length", "POST", "/api/routes", json, tenMegabytes));
        cases.add(chunked("3 MB route chunked", "POST", "/api/routes", json, threeMegabytes, 8192));
        cases.add(chunked("small route chunked", "POST", "/api/routes", json, utf8(ROUTE), 7));
        cases.add(request("3 MB on GET routes", "GET", "/api/routes", json, threeMegabytes));
        cases.add(request("3 MB on an unknown path", "POST", "/nowhere", json, threeMegabytes));
        cases.add(chunked("3 MB chunked on /error", "POST", "/error", json, threeMegabytes, 65_536));
        cases.add(request("20 KB delivery", "POST", "/api/deliveries", json,
                utf8("{\"routeId\":\"" + "r".repeat(20_000) + "\"}")));
        cases.add(chunked("20 KB delivery chunked", "POST", "/api/deliveries", json,
                utf8("{\"routeId\":\"" + "r".repeat(20_000) + "\"}"), 1000));
        cases.add(raw("Content-Length 10 MB, few bytes sent", "POST /api/routes HTTP/1.1\r\nHost: x\r\n"
                + "Connection: close\r\nContent-Type: application/json\r\nContent-Length: 10485760\r\n\r\n{\"ti"));
        for (String length : List.of("abc", "-1", "1, 2", "99999999999999999999", " 5", "0x10")) {
            cases.add(raw("Content-Length " + length, "POST /api/routes HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + length + "\r\n\r\n{}"));
        }
        cases.add(raw("two Content-Lengths", "POST /api/routes HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                + "Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}"));
        cases.add(raw("Content-Length and chunked", "POST /api/routes HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                + "Content-Type: application/json\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n"));
        cases.add(raw("Transfer-Encoding gzip", "POST /api/routes HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                + "Transfer-Encoding: gzip\r\n\r\n{}"));
        cases.add(raw("bad chunk size", "POST /api/routes HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n"));
        cases.add(raw("huge chunk extension", "POST /api/routes HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n2;" + "e".repeat(20_000)
                + "\r\n{}\r\n0\r\n\r\n"));
        cases.add(raw("longer body than announced", "POST /api/deliveries HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                + "Content-Type: application/json\r\nContent-Length: 5\r\n\r\n" + DELIVERY));
    }

    private static void paths(List<Case> cases) {
        List<String> ids = List.of("%20", "%00", "%2F", "%5C", "%25", "%zz", "%", "..", ".", "%2e%2e", ";jsessionid=x",
                ";a=b", "a".repeat(65), "a".repeat(1000), "a".repeat(7000), "a".repeat(9000), "%C3%A9", "%FF", "%7C",
                "%7B%7D", "%3Cscript%3E", "%22", "%09", "x/y", "x?y=%zz", "x#frag", "\u00e9", "$where", "%24ne");
        for (String base : List.of("/api/routes/", "/api/deliveries/")) {
            for (String id : ids) {
                String shown = id.length() > 20 ? id.substring(0, 10) + "...(" + id.length() + ")" : id;
                cases.add(get("GET " + base + shown, base + id));
            }
        }
        for (String id : ids) {
            String shown = id.length() > 20 ? id.substring(0, 10) + "...(" + id.length() + ")" : id;
            cases.add(request("POST cancel " + shown, "POST", "/api/deliveries/" + id + "/cancel", List.of(), new byte[0]));
        }
        for (String id : ids) {
            String shown = id.length() > 20 ? id.substring(0, 10) + "...(" + id.length() + ")" : id;
            cases.add(request("POST device-token " + shown, "POST", "/api/deliveries/" + id + "/device-token", List.of(),
                    new byte[0]));
        }
        for (String authorization : List.of("", "Bearer", "Bearer ", "Bearer " + "A".repeat(43), "Basic YTpi",
                "bearer %00", "Bearer " + "A".repeat(9000), "Bearer \u00e9\u00e9")) {
            String shown = authorization.length() > 40 ? authorization.substring(0, 40) + "..." : authorization;
            cases.add(request("GET device delivery, Authorization " + shown, "GET", "/api/device/delivery",
                    List.of("Authorization: " + authorization), new byte[0]));
            cases.add(request("POST device positions, Authorization " + shown, "POST", "/api/device/positions",
                    List.of("Authorization: " + authorization, "Content-Type: application/json"),
                    "{\"positions\":[{\"seq\":0,\"lat\":1,\"lng\":2,\"at\":\"2026-11-26T14:00:00Z\"}]}"
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        for (String query : List.of("", "id=", "id=%00", "id=x&lat=1&lon=2", "id=" + "A".repeat(43),
                "id=" + "A".repeat(43) + "&lat=1e309&lon=2", "id=" + "A".repeat(43) + "&lat=1&lon=2&timestamp=%zz",
                "id=" + "A".repeat(43) + "&lat=1&lon=2&timestamp=" + "9".repeat(40), "location=1,2", "lat=NaN&lon=NaN")) {
            String shown = query.length() > 40 ? query.substring(0, 40) + "...(" + query.length() + ")" : query;
            cases.add(get("GET osmand " + shown, "/api/osmand?" + query));
            cases.add(request("POST osmand form " + shown, "POST", "/api/osmand",
                    List.of("Content-Type: application/x-www-form-urlencoded"), query.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        for (String query : List.of("status=", "status=%00", "status=LOST", "status=requested,,", "status=" + "a".repeat(5000),
                "routeId=%00", "routeId=" + "r".repeat(65), "from=2026-13-01T00:00:00Z", "from=%zz", "to=1e309",
                "from=2026-11-26T10:00:00Z&to=2026-11-26T09:00:00Z", "from=+999999999-12-31T23:59:59Z", "page=-1",
                "page=99999999999999999999", "page=1.5", "page=%20", "size=0", "size=1000", "size=", "page=10000&size=100",
                "status=cancelled&status=delivered&routeId=broadway&page=0&size=100")) {
            String shown = query.length() > 40 ? query.substring(0, 40) + "...(" + query.length() + ")" : query;
            cases.add(get("GET history " + shown, "/api/deliveries?" + query));
        }
        for (String path : List.of("//api/routes", "/api//routes", "/API/ROUTES", "/api/routes?x=%zz",
                "/api/routes?" + "q".repeat(7000), "http://127.0.0.1/api/routes", "*", "/api/routes/broadway/x",
                "/api/config/", "/api/config.json", "/api/routes.json", "/index.html", "/assets/%2e%2e/x", "/WEB-INF/web.xml",
                "/actuator/health/liveness", "/actuator/health/readiness", "/actuator/health/nope", "/actuator/nope",
                "/actuator/env", "/error/x", "/error?x=1", "/ws/x", "/api", "/api/", "/.env", "/%2e/api/routes")) {
            String shown = path.length() > 40 ? path.substring(0, 40) + "...(" + path.length() + ")" : path;
            cases.add(get("GET " + shown, path));
        }
    }
}
