package io.codedelivery.backend.viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.codedelivery.backend.support.RunningBackend;
import io.codedelivery.devstack.testkit.ViewerClient;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A replica that shuts down tells its viewers first: every socket is closed with 1001 (going away)
 * by the backend itself at the start of shutdown, not dropped, nor closed by the container at the
 * very end after the consumers and the graceful shutdown of requests.
 */
class ViewersGoAwayIT {

    @Test
    void onShutdownEveryViewerSocketIsClosedAsGoingAwayByTheBackend() throws Exception {
        RunningBackend backend = RunningBackend.start("go-away-" + UUID.randomUUID());
        CompletableFuture<String> closed = new CompletableFuture<>();
        CompletableFuture<Void> snapshot = new CompletableFuture<>();
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .header("Origin", ViewerClient.originOf(backend.webSocket()))
                .buildAsync(backend.webSocket(), new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        if (data.toString().contains("\"snapshot\"")) {
                            snapshot.complete(null);
                        }
                        webSocket.request(1);
                        return null;
                    }

                    @Override
                    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                        closed.complete(statusCode + " " + reason);
                        return null;
                    }
                }).get(10, TimeUnit.SECONDS);
        snapshot.get(60, TimeUnit.SECONDS);

        backend.close();

        await().atMost(Duration.ofSeconds(5)).until(closed::isDone);
        assertThat(closed.get()).isEqualTo("1001 server shutting down");
        socket.abort();
    }
}
