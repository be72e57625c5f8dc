package io.codedelivery.bench.indexing;

import io.codedelivery.bench.report.EngineStats;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Asks the search engine what is searchable: searches only (an {@code ids} query, {@code _count}),
 * which see what the last refresh made visible, never a realtime get by id, which would see a
 * document as soon as it is indexed.
 */
final class SearchProbe {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String indexUrl;

    SearchProbe(String searchUrl, String index) {
        this.indexUrl = searchUrl + "/" + index;
    }

    /** Which of these document ids a search finds now. */
    Set<String> searchable(List<String> ids) throws IOException, InterruptedException {
        String values = ids.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(","));
        String body = "{\"size\":" + ids.size() + ",\"_source\":false,\"track_total_hits\":false,"
                + "\"query\":{\"ids\":{\"values\":[" + values + "]}}}";
        JsonNode hits = send(post("/_search?filter_path=hits.hits._id", body)).path("hits").path("hits");
        Set<String> found = new HashSet<>();
        for (JsonNode hit : hits) {
            found.add(hit.get("_id").asString());
        }
        return found;
    }

    /** The documents a search counts now; 0 while the index does not exist. */
    long count() throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(indexUrl + "/_count"))).path("count").asLong(0);
    }

    /** The index's indexing, search and refresh statistics (primaries) as they stand. */
    EngineStats stats() throws IOException, InterruptedException {
        JsonNode all = send(HttpRequest.newBuilder(URI.create(indexUrl + "/_stats/indexing,search,refresh"))).path("_all").path("primaries");
        JsonNode search = all.path("search");
        return new EngineStats(all.path("indexing").path("index_total").asLong(0), all.path("indexing").path("index_time_in_millis").asLong(0),
                search.path("query_total").asLong(0), search.path("query_time_in_millis").asLong(0) + search.path("fetch_time_in_millis").asLong(0),
                all.path("refresh").path("total").asLong(0), all.path("refresh").path("total_time_in_millis").asLong(0));
    }

    /** Makes everything indexed so far searchable: only for the final count, never while timing. */
    void refresh() throws IOException, InterruptedException {
        send(post("/_refresh", ""));
    }

    private HttpRequest.Builder post(String path, String body) {
        return HttpRequest.newBuilder(URI.create(indexUrl + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private JsonNode send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() == 404) {
            return JSON.createObjectNode();
        }
        if (answer.statusCode() != 200) {
            throw new IOException("HTTP " + answer.statusCode() + " from " + indexUrl + ": "
                    + answer.body().substring(0, Math.min(300, answer.body().length())));
        }
        return JSON.readTree(answer.body());
    }
}
