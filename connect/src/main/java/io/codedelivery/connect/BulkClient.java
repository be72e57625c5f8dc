package io.codedelivery.connect;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.apache.kafka.common.config.types.Password;

/**
 * Sends bulk requests over the JDK's HTTP client: {@code POST <url>/_bulk} with an NDJSON body.
 * Plain HTTP with no product-specific client, so one path serves OpenSearch 2.x and
 * Elasticsearch 7/8. When a URL cannot be reached, the next one is tried, and it is kept.
 */
final class BulkClient implements AutoCloseable {

    record Response(int status, String body) {
    }

    private final List<URI> endpoints;
    private final String authorization;
    private final Duration readTimeout;
    private final HttpClient http;
    private int current;

    BulkClient(List<String> urls, String username, Password password, Duration connectTimeout, Duration readTimeout) {
        this.endpoints = urls.stream().map(BulkClient::bulkEndpoint).toList();
        this.authorization = username == null ? null : basic(username, password);
        this.readTimeout = readTimeout;
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout).version(HttpClient.Version.HTTP_1_1).build();
    }

    static BulkClient of(SearchSinkConfig config) {
        return new BulkClient(config.connectionUrls(), config.username(), config.password(),
                Duration.ofMillis(config.connectionTimeoutMs()), Duration.ofMillis(config.readTimeoutMs()));
    }

    static URI bulkEndpoint(String url) {
        String base = url.trim();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return URI.create(base + "/_bulk");
    }

    private static String basic(String username, Password password) {
        String secret = username + ":" + (password == null ? "" : password.value());
        return "Basic " + Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8));
    }

    /** Posts the body to the first reachable URL; throws the last failure when none answers. */
    Response post(String ndjson) throws IOException, InterruptedException {
        IOException failure = null;
        for (int tried = 0; tried < endpoints.size(); tried++) {
            URI endpoint = endpoints.get(current);
            try {
                HttpResponse<String> response = http.send(request(endpoint, ndjson), HttpResponse.BodyHandlers.ofString());
                return new Response(response.statusCode(), response.body());
            } catch (IOException e) {
                failure = new IOException(endpoint + " did not answer: " + describe(e), e);
                current = (current + 1) % endpoints.size();
            }
        }
        throw failure;
    }

    private HttpRequest request(URI endpoint, String ndjson) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(readTimeout)
                .header("Content-Type", BulkRequestBody.CONTENT_TYPE)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(ndjson, StandardCharsets.UTF_8));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request.build();
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : " (" + message + ")");
    }

    /** On Java 21 and later the client holds threads to release; on 17 it has no close and is left to the collector. */
    @Override
    public void close() {
        if (http instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                // closing is best effort: the task is going away
            }
        }
    }
}
