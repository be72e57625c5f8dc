package io.codedelivery.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.codedelivery.contracts.SearchIndices;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

class OpenSearchNodeIT {

    private static final Duration READY = Duration.ofSeconds(120);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BERLIN = "{\"deliveryId\":\"d-1\",\"location\":{\"lat\":52.52,\"lon\":13.40}}";
    private static final String PARIS = "{\"deliveryId\":\"d-2\",\"location\":{\"lat\":48.86,\"lon\":2.35}}";
    private static final String AROUND_BERLIN = """
            {"query":{"geo_bounding_box":{"location":{"top_left":{"lat":53.0,"lon":13.0},"bottom_right":{"lat":52.0,"lon":14.0}}}}}""";

    @TempDir
    Path home;

    @Test
    void aBoundingBoxFindsOnlyThePositionInsideItAndADocumentIndexedTwiceCountsOnce() throws Exception {
        try (OpenSearchNode node = started(home, Ports.free())) {
            createPositionsIndex(node);
            index(node, "d-1", BERLIN);
            index(node, "d-2", PARIS);
            index(node, "d-1", BERLIN);

            assertThat(count(node)).isEqualTo(2);
            assertThat(idsFound(node, AROUND_BERLIN)).containsExactly("d-1");
        }
    }

    /** The second run installs the templates as {@code up} does; the index kept from the first run gains the fields added since. */
    @Test
    void indexedDocumentsSurviveARestartOnTheSameHomeAndTheirIndicesGainFieldsAddedSince() throws Exception {
        int port = Ports.free();
        try (OpenSearchNode node = started(home, port)) {
            createPositionsIndex(node);
            index(node, "d-1", BERLIN);
            index(node, "d-2", PARIS);
            send(node, "PUT", "/deliveries", """
                    {"mappings":{"dynamic":"strict","properties":{"deliveryId":{"type":"keyword"}}}}""");
        }
        try (OpenSearchNode node = started(home, port)) {
            assertThat(count(node)).isEqualTo(2);
            assertThat(idsFound(node, AROUND_BERLIN)).containsExactly("d-1");
            assertThat(ProcessLog.kept(node.output(), 1)).as("the first run's output is kept").exists();

            IndexTemplates.install(node.url(), SearchIndices.DEFAULT);

            send(node, "PUT", "/deliveries/_doc/d-1?refresh=true", """
                    {"deliveryId":"d-1","status":"cancelled","cancelledAt":"2026-11-26T11:00:00Z"}""");
            assertThat(JSON.readTree(send(node, "GET", "/deliveries/_mapping", null))
                    .at("/deliveries/mappings/properties/cancelledAt/type").asString()).isEqualTo("date");
        }
    }

    @Test
    void aTakenPortIsNamedInOneLine() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            assertThatThrownBy(() -> OpenSearchNode.start(home, port, READY))
                    .isInstanceOf(PortInUseException.class)
                    .hasMessage("port " + port + " (OpenSearch) is already in use on 127.0.0.1");
        }
    }

    private static OpenSearchNode started(Path home, int port) {
        long began = System.nanoTime();
        OpenSearchNode node = OpenSearchNode.start(home, port, READY);
        System.out.printf("OpenSearch ready in %d ms, peak RSS %d MiB (pid %d)%n",
                Duration.ofNanos(System.nanoTime() - began).toMillis(), ProcessMemory.peakRssMib(node.pid()), node.pid());
        return node;
    }

    private static void createPositionsIndex(OpenSearchNode node) throws Exception {
        send(node, "PUT", "/positions", """
                {"settings":{"number_of_shards":1,"number_of_replicas":0},
                 "mappings":{"properties":{"deliveryId":{"type":"keyword"},"location":{"type":"geo_point"}}}}""");
    }

    private static void index(OpenSearchNode node, String id, String document) throws Exception {
        send(node, "PUT", "/positions/_doc/" + id + "?refresh=true", document);
    }

    private static long count(OpenSearchNode node) throws Exception {
        return JSON.readTree(send(node, "GET", "/positions/_count", null)).get("count").asLong();
    }

    private static List<String> idsFound(OpenSearchNode node, String query) throws Exception {
        JsonNode hits = JSON.readTree(send(node, "POST", "/positions/_search", query)).get("hits").get("hits");
        return StreamSupport.stream(hits.spliterator(), false).map(hit -> hit.get("_id").asString()).toList();
    }

    /** Sends a request and returns the body, failing on any status but 200 and 201. */
    private static String send(OpenSearchNode node, String method, String path, String body)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(node.url() + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isIn(200, 201);
        return response.body();
    }
}
