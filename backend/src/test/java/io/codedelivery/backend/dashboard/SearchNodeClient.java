package io.codedelivery.backend.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.codedelivery.contracts.SearchIndices;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/** What the test does to the search engine directly, over its REST API: what devstack and the sink do in the running system. */
final class SearchNodeClient {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String url;

    SearchNodeClient(String url) {
        this.url = url;
    }

    /** As {@code ./codedelivery up} does: every index template, before anything is indexed. */
    void installTemplates(SearchIndices indices) throws IOException, InterruptedException {
        for (SearchIndices.Index index : indices.all()) {
            send("PUT", "/_index_template/" + index.templateName(), index.templateBody());
        }
    }

    /** Indexes the documents ({@code _bulk} action and source lines) and makes them searchable at once. */
    void index(List<String> bulkLines) throws IOException, InterruptedException {
        String body = send("POST", "/_bulk?refresh=true", String.join("\n", bulkLines) + "\n");
        assertThat(JSON.readTree(body).get("errors").asBoolean()).as("bulk errors: %s", body).isFalse();
    }

    private String send(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", path.startsWith("/_bulk") ? "application/x-ndjson" : "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("%s %s: %s", method, path, response.body()).isIn(200, 201);
        return response.body();
    }
}
