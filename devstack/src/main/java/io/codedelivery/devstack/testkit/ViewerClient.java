package io.codedelivery.devstack.testkit;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A WebSocket client that keeps every frame the backend sends, as a browser watching the map would get them. */
public final class ViewerClient implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<JsonNode> frames = new CopyOnWriteArrayList<>();
    private final WebSocket socket;

    private ViewerClient(URI uri) throws Exception {
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(uri, new Collector()).get(10, TimeUnit.SECONDS);
    }

    public static ViewerClient connect(URI uri) throws Exception {
        return new ViewerClient(uri);
    }

    public List<JsonNode> frames() {
        return frames;
    }

    public List<JsonNode> framesOfType(String type) {
        return frames.stream().filter(frame -> type.equals(frame.get("type").asString())).toList();
    }

    /** Every position received in {@code positions} frames for one delivery, in arrival order. */
    public List<JsonNode> positionsOf(String deliveryId) {
        return framesOfType("positions").stream()
                .flatMap(frame -> frame.get("positions").valueStream())
                .filter(position -> deliveryId.equals(position.get("deliveryId").asString()))
                .toList();
    }

    public List<Long> seqsOf(String deliveryId) {
        return positionsOf(deliveryId).stream().map(position -> position.get("seq").asLong()).toList();
    }

    /** Sends a text frame, as a misbehaving browser might. */
    public void send(String text) throws Exception {
        socket.sendText(text, true).get(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
    }

    private final class Collector implements WebSocket.Listener {

        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                frames.add(JSON.readTree(partial.toString()));
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }
    }
}
