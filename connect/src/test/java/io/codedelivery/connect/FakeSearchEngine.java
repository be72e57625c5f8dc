package io.codedelivery.connect;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A scripted stand-in for the bulk API on a random free port: each request gets the next scripted
 * reply, or, when the script is empty, an answer that every action was indexed. It records every
 * request. The integration tests run against a real OpenSearch node instead.
 */
final class FakeSearchEngine implements AutoCloseable {

    record Request(String method, String path, String contentType, String authorization, String body) {

        /** The action lines ({@code {"index":...}} / {@code {"delete":...}}) of an NDJSON body. */
        List<String> actionLines() {
            List<String> lines = new ArrayList<>();
            String[] all = body.split("\n");
            for (int i = 0; i < all.length; i++) {
                lines.add(all[i]);
                if (all[i].startsWith("{\"index\"")) {
                    i++;
                }
            }
            return lines;
        }

        List<String> ids() {
            return actionLines().stream().map(line -> ValueConverter.JSON.readTree(line).iterator().next()
                    .get("_id").asString()).toList();
        }
    }

    record Reply(int status, String body) {
    }

    private final HttpServer server;
    private final Deque<Function<Request, Reply>> script = new ArrayDeque<>();
    private final List<Request> received = new ArrayList<>();

    FakeSearchEngine() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    synchronized FakeSearchEngine thenReply(Function<Request, Reply> reply) {
        script.add(reply);
        return this;
    }

    FakeSearchEngine thenReply(int status, String body) {
        return thenReply(request -> new Reply(status, body));
    }

    /** Answers with an item per action: the given items' errors (JSON of the item's inner object) or indexed. */
    FakeSearchEngine thenItemErrors(Map<Integer, String> errorItems) {
        return thenReply(request -> new Reply(200, items(request, errorItems)));
    }

    synchronized List<Request> received() {
        return List.copyOf(received);
    }

    private void answer(HttpExchange exchange) throws IOException {
        Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestHeaders().getFirst("Content-Type"), exchange.getRequestHeaders().getFirst("Authorization"),
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Function<Request, Reply> next;
        synchronized (this) {
            received.add(request);
            next = script.poll();
        }
        Reply reply = next != null ? next.apply(request) : new Reply(200, items(request, Map.of()));
        byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
        exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    static String items(Request request, Map<Integer, String> errorItems) {
        List<String> actions = request.actionLines();
        StringBuilder json = new StringBuilder("{\"took\":3,\"errors\":").append(!errorItems.isEmpty()).append(",\"items\":[");
        for (int i = 0; i < actions.size(); i++) {
            var line = ValueConverter.JSON.readTree(actions.get(i));
            String kind = line.propertyNames().iterator().next();
            String id = line.get(kind).get("_id").asString();
            String index = line.get(kind).get("_index").asString();
            String inner = errorItems.getOrDefault(i, "\"_version\":1,\"result\":\"created\",\"_shards\":{\"total\":2,"
                    + "\"successful\":1,\"failed\":0},\"_seq_no\":" + i + ",\"_primary_term\":1,\"status\":201");
            json.append(i == 0 ? "" : ",").append("{\"").append(kind).append("\":{\"_index\":\"").append(index)
                    .append("\",\"_id\":\"").append(id).append("\",").append(inner).append("}}");
        }
        return json.append("]}").toString();
    }

    static String mapperParsingError() {
        return "\"status\":400,\"error\":{\"type\":\"mapper_parsing_exception\",\"reason\":\"failed to parse field [lat] of "
                + "type [double] in document with id 'x'. Preview of field's value: 'north'\",\"caused_by\":{\"type\":"
                + "\"number_format_exception\",\"reason\":\"For input string: \\\"north\\\"\"}}";
    }

    static String rejectedError() {
        return "\"status\":429,\"error\":{\"type\":\"rejected_execution_exception\",\"reason\":\"rejected execution of "
                + "coordinating operation\"}";
    }

    static List<String> lines(String body) {
        return Arrays.asList(body.split("\n"));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
