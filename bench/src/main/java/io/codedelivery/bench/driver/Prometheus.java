package io.codedelivery.bench.driver;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Our services' own metrics from {@code /actuator/prometheus}, when they expose it: every
 * {@code codedelivery_*} sample by its name with labels. A service without the endpoint gives none.
 */
public final class Prometheus {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Prometheus() {
    }

    public static Map<String, Double> scrape(URI service) {
        Map<String, Double> samples = new HashMap<>();
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(service.resolve("/actuator/prometheus"))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return samples;
            }
            response.body().lines().filter(line -> line.startsWith("codedelivery_")).forEach(line -> {
                int space = line.lastIndexOf(' ');
                try {
                    samples.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
                } catch (NumberFormatException e) {
                    // a sample we cannot read is one we do not report
                }
            });
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
        return samples;
    }

    /**
     * Counters ({@code _total}, {@code _count}, {@code _sum}, and a histogram's cumulative
     * {@code _bucket}s) as their increase over the window; the rest (gauges, {@code _max}) as at its end.
     */
    public static Map<String, Double> over(Map<String, Double> atStart, Map<String, Double> atEnd) {
        Map<String, Double> window = new HashMap<>();
        atEnd.forEach((name, value) -> {
            String bare = name.contains("{") ? name.substring(0, name.indexOf('{')) : name;
            boolean counter = bare.endsWith("_total") || bare.endsWith("_count") || bare.endsWith("_sum")
                    || bare.endsWith("_bucket");
            window.put(name, counter ? value - atStart.getOrDefault(name, 0.0) : value);
        });
        return window;
    }
}
