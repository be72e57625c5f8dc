package io.codedelivery.devstack.testkit;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A WebSocket client that keeps every frame the backend sends (viewer protocol, version 1), as a
 * browser watching the map would get them.
 */
public final class ViewerClient implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int ABNORMAL_CLOSURE = 1006;

    private final List<JsonNode> frames = new CopyOnWriteArrayList<>();
    private final WebSocket socket;
    private final CompletableFuture<Integer> ended = new CompletableFuture<>();
    private volatile int closeCode = -1;

    private ViewerClient(URI uri, Map<String, String> headers) throws Exception {
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder().header("Origin", originOf(uri));
        headers.forEach(builder::header);
        this.socket = builder.buildAsync(uri, new Collector()).get(10, TimeUnit.SECONDS);
    }

    /**
     * The origin of the page a browser would have opened {@code /ws} from: the same host and port
     * over http(s). The backend refuses a handshake without an Origin.
     */
    public static String originOf(URI webSocket) {
        String scheme = "wss".equals(webSocket.getScheme()) ? "https" : "http";
        return scheme + "://" + webSocket.getHost() + (webSocket.getPort() < 0 ? "" : ":" + webSocket.getPort());
    }

    public static ViewerClient connect(URI uri) throws Exception {
        return new ViewerClient(uri, Map.of());
    }

    /** With request headers of the handshake's own, such as {@code Authorization}. */
    public static ViewerClient connect(URI uri, Map<String, String> headers) throws Exception {
        return new ViewerClient(uri, headers);
    }

    public List<JsonNode> frames() {
        return frames;
    }

    public List<JsonNode> framesOfType(String type) {
        return frames.stream().filter(frame -> type.equals(frame.get("type").asString())).toList();
    }

    public boolean hasSnapshot() {
        return !framesOfType("snapshot").isEmpty();
    }

    /** The positions of the latest snapshot. */
    public List<ViewedPosition> latestSnapshot() {
        List<JsonNode> snapshots = framesOfType("snapshot");
        return snapshots.isEmpty() ? List.of() : rows(snapshots.getLast()).toList();
    }

    /** Every position received in {@code positions} frames, in arrival order. */
    public List<ViewedPosition> positions() {
        return framesOfType("positions").stream().flatMap(ViewerClient::rows).toList();
    }

    public List<ViewedPosition> positionsOf(String deliveryId) {
        return positions().stream().filter(position -> position.deliveryId().equals(deliveryId)).toList();
    }

    public List<Long> seqsOf(String deliveryId) {
        return positionsOf(deliveryId).stream().map(ViewedPosition::seq).toList();
    }

    /** The seqs of every delivery received in {@code positions} frames, in arrival order; one pass over the frames. */
    public Map<String, List<Long>> seqsByDelivery() {
        return positions().stream().collect(Collectors.groupingBy(ViewedPosition::deliveryId,
                Collectors.mapping(ViewedPosition::seq, Collectors.toList())));
    }

    public Set<String> deliveriesSeen() {
        return positions().stream().map(ViewedPosition::deliveryId).collect(Collectors.toSet());
    }

    /** The reasons given in {@code removed} frames for one delivery, in arrival order. */
    public List<String> removalsOf(String deliveryId) {
        return framesOfType("removed").stream().flatMap(frame -> frame.get("deliveries").valueStream())
                .filter(pair -> deliveryId.equals(pair.get(0).asString()))
                .map(pair -> pair.get(1).asString()).toList();
    }

    /** The close code the server sent, 1006 when the connection broke without one, or -1 while open. */
    public int closeCode() {
        return closeCode;
    }

    /** Completes with the {@link #closeCode()} when the connection ends, whichever way. */
    public CompletableFuture<Integer> ended() {
        return ended;
    }

    private static Stream<ViewedPosition> rows(JsonNode frame) {
        return frame.get("positions").valueStream().map(ViewedPosition::fromRow);
    }

    /** Sends a text frame: a subscribe message, or anything a misbehaving browser might send. */
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

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closeCode = statusCode;
            ended.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closeCode = ABNORMAL_CLOSURE;
            ended.complete(ABNORMAL_CLOSURE);
        }
    }
}
