package io.codedelivery.backend.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.codedelivery.devstack.Ports;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.core.SearchRequest;
import org.opensearch.client.transport.OpenSearchTransport;

/** Every way the engine can fail a query ends as SearchUnavailableException, in time; a missing index finds nothing. */
class SearchEngineTest {

    private static final SearchRequest QUERY = SearchRequest.of(s -> s.index("deliveries").size(0));

    private HttpServer server;
    private OpenSearchTransport transport;

    @AfterEach
    void stop() throws IOException {
        if (server != null) {
            server.stop(0);
        }
        if (transport != null) {
            transport.close();
        }
    }

    @Test
    void aClosedPortIsUnavailable() {
        SearchEngine engine = engineAt("http://127.0.0.1:" + Ports.free());

        assertThatThrownBy(() -> engine.search(QUERY, Void.class)).isInstanceOf(SearchUnavailableException.class);
    }

    @Test
    void anEngineThatNeverAnswersIsUnavailableOnceTheTimeoutIsOver() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            SearchEngine engine = engineAt("http://127.0.0.1:" + silent.getLocalPort());
            long began = System.nanoTime();

            assertThatThrownBy(() -> engine.search(QUERY, Void.class)).isInstanceOf(SearchUnavailableException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    void anErrorAnswerIsUnavailableWhetherOrNotItIsJson() throws Exception {
        SearchEngine engine = engineAnswering(500, "application/json",
                "{\"error\":{\"type\":\"search_phase_execution_exception\",\"reason\":\"all shards failed\"},\"status\":500}");
        assertThatThrownBy(() -> engine.search(QUERY, Void.class)).isInstanceOf(SearchUnavailableException.class);
        stop();

        SearchEngine behindAProxy = engineAnswering(502, "text/html", "<html>Bad Gateway</html>");
        assertThatThrownBy(() -> behindAProxy.search(QUERY, Void.class)).isInstanceOf(SearchUnavailableException.class);
    }

    @Test
    void anIndexThatDoesNotExistYetFindsNothing() throws Exception {
        SearchEngine engine = engineAnswering(404, "application/json",
                "{\"error\":{\"type\":\"index_not_found_exception\",\"reason\":\"no such index [deliveries]\"},\"status\":404}");

        assertThat(engine.search(QUERY, Void.class)).isEmpty();
    }

    private SearchEngine engineAnswering(int status, String contentType, String body) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", contentType);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return engineAt("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private SearchEngine engineAt(String url) {
        SearchSettings settings = new SearchSettings(url, null, null, Duration.ofSeconds(1), Duration.ofSeconds(1),
                Duration.ofSeconds(10));
        transport = new SearchConfiguration().searchTransport(settings);
        OpenSearchClient client = new OpenSearchClient(transport);
        return new SearchEngine(client, new SearchReachability(client, url, Duration.ofSeconds(10), Clock.systemUTC()));
    }
}
