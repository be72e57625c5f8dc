package io.codedelivery.devstack.demo;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code ./codedelivery demo} did: the deliveries it started, and those it could not start with
 * the backend's reason.
 */
public record DemoReport(int asked, int routes, List<String> started, List<Failure> failures, Duration took) {

    /** One delivery the backend did not start: its route, the last answer's status (0: no answer) and detail. */
    public record Failure(String routeId, int status, String detail) {
    }

    public DemoReport {
        started = List.copyOf(started);
        failures = List.copyOf(failures);
    }

    /** Failures grouped by status and detail, most frequent first: "3 x 503 Kafka is not available". */
    public List<String> failureSummary() {
        Map<String, Integer> counts = new TreeMap<>();
        failures.forEach(f -> counts.merge((f.status() == 0 ? "no answer" : f.status()) + " " + f.detail(), 1, Integer::sum));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(e -> e.getValue() + " x " + e.getKey())
                .toList();
    }
}
