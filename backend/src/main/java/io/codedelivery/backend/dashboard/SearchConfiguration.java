package io.codedelivery.backend.dashboard;

import io.codedelivery.contracts.SearchIndices;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.message.BasicHeader;
import org.apache.hc.core5.util.Timeout;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The search engine client of the dashboards: opensearch-java over Apache HttpClient 5, speaking the
 * plain REST API that OpenSearch 2.x and Elasticsearch 7/8 share. Every wait is bounded, so a query
 * of an engine that hangs ends in time as a 503.
 */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    @Bean(destroyMethod = "close")
    OpenSearchTransport searchTransport(SearchSettings settings) {
        HttpHost[] hosts = settings.nodes().stream().map(SearchConfiguration::host).toArray(HttpHost[]::new);
        Timeout connect = Timeout.of(settings.connectTimeout());
        Timeout answer = Timeout.of(settings.timeout());
        ApacheHttpClient5TransportBuilder builder = ApacheHttpClient5TransportBuilder.builder(hosts)
                .setConnectionConfigCallback(connection -> connection.setConnectTimeout(connect).setSocketTimeout(answer))
                .setRequestConfigCallback(request -> request.setConnectionRequestTimeout(connect).setResponseTimeout(answer));
        String path = settings.nodes().getFirst().getRawPath();
        if (path != null && !path.isEmpty() && !path.equals("/")) {
            builder.setPathPrefix(path);
        }
        if (settings.authenticates()) {
            builder.setDefaultHeaders(new Header[] {basicAuth(settings)});
        }
        return builder.build();
    }

    @Bean
    OpenSearchClient searchClient(OpenSearchTransport transport) {
        return new OpenSearchClient(transport);
    }

    /** The health indicator {@code search}; not in the readiness group, and never DOWN (application.properties). */
    @Bean
    SearchReachability search(OpenSearchClient client, SearchSettings settings, Clock clock) {
        return new SearchReachability(client, settings.shownUrl(), settings.healthInterval(), clock);
    }

    @Bean
    SearchEngine searchEngine(OpenSearchClient client, SearchReachability reachability) {
        return new SearchEngine(client, reachability);
    }

    @Bean
    DeliveryStatistics deliveryStatistics(SearchEngine engine, Environment environment) {
        return new DeliveryStatistics(engine, indices(environment));
    }

    @Bean
    RouteRanking routeRanking(SearchEngine engine, Environment environment) {
        return new RouteRanking(engine, indices(environment));
    }

    @Bean
    ViewerCounts viewerCounts(SearchEngine engine, Environment environment, Clock clock) {
        return new ViewerCounts(engine, indices(environment), clock);
    }

    @Bean
    Trails trails(SearchEngine engine, Environment environment) {
        return new Trails(engine, indices(environment));
    }

    /**
     * The index names, from the same settings devstack reads ({@code SEARCH_INDEX_NAMING},
     * {@code SEARCH_INDEX_*}; docs/search.md), here through the Environment, so properties set them too.
     */
    static SearchIndices indices(Environment environment) {
        return SearchIndices.fromEnvironment(environment::getProperty);
    }

    private static HttpHost host(URI node) {
        int port = node.getPort() >= 0 ? node.getPort() : "https".equals(node.getScheme()) ? 443 : 80;
        return new HttpHost(node.getScheme(), node.getHost(), port);
    }

    private static Header basicAuth(SearchSettings settings) {
        String credentials = settings.username() + ":" + settings.password();
        return new BasicHeader(HttpHeaders.AUTHORIZATION,
                "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
}
