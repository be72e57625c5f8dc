package io.codedelivery.devstack.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DemoDeliveriesTest {

    private final List<String> progress = new ArrayList<>();
    private FakeBackend backend;

    @AfterEach
    void stopBackend() {
        if (backend != null) {
            backend.close();
        }
    }

    private DemoDeliveries demo(int concurrency) {
        return new DemoDeliveries(new BackendApi(backend.url()), concurrency, Duration.ZERO);
    }

    @Test
    void deliveriesAreSpreadRoundRobinOverTheRoutesEachWithItsOwnKey() throws Exception {
        backend = new FakeBackend(List.of("a", "b", "c"));

        DemoReport report = demo(2).start(7, progress::add);

        assertThat(report.started()).hasSize(7).doesNotHaveDuplicates();
        assertThat(report.failures()).isEmpty();
        Map<String, Long> perRoute = backend.requests.stream()
                .collect(Collectors.groupingBy(FakeBackend.Request::routeId, Collectors.counting()));
        assertThat(perRoute).containsExactlyInAnyOrderEntriesOf(Map.of("a", 3L, "b", 2L, "c", 2L));
        assertThat(backend.requests).extracting(FakeBackend.Request::idempotencyKey)
                .doesNotContainNull().doesNotHaveDuplicates();
        assertThat(progress.getFirst()).isEqualTo(
                "starting 7 deliveries over 3 routes at " + backend.url() + ", 2 at a time ...");
    }

    @Test
    void noMoreRequestsThanTheBoundAreInFlightAndTheBoundIsUsed() throws Exception {
        backend = new FakeBackend(List.of("a", "b"));
        backend.holdUntilInFlight(3);

        DemoReport report = demo(3).start(12, progress::add);

        assertThat(report.started()).hasSize(12);
        assertThat(backend.maxInFlight()).isEqualTo(3);
    }

    @Test
    void aDeliveryTheBackendRefusesIsReportedWithTheProblemDetail() throws Exception {
        backend = new FakeBackend(List.of("a", "b"));
        backend.failRoute("b", 404, "route b does not exist");

        DemoReport report = demo(4).start(4, progress::add);

        assertThat(report.started()).hasSize(2);
        assertThat(report.failures()).containsExactly(
                new DemoReport.Failure("b", 404, "route b does not exist"),
                new DemoReport.Failure("b", 404, "route b does not exist"));
        assertThat(report.failureSummary()).containsExactly("2 x 404 route b does not exist");
    }

    @Test
    void anUnavailableBackendIsAskedAgainWithTheSameIdempotencyKey() throws Exception {
        backend = new FakeBackend(List.of("a"));
        backend.unavailableOnceFor("a");

        DemoReport report = demo(1).start(1, progress::add);

        assertThat(report.started()).hasSize(1);
        assertThat(backend.requests).hasSize(2);
        assertThat(backend.requests.get(0).idempotencyKey()).isEqualTo(backend.requests.get(1).idempotencyKey());
    }

    @Test
    void aRateLimitedStartWaitsAsToldWithoutUsingUpItsAttempts() throws Exception {
        backend = new FakeBackend(List.of("a"));
        backend.throttle("a", DemoDeliveries.ATTEMPTS + 2);

        DemoReport report = demo(1).start(1, progress::add);

        assertThat(report.started()).hasSize(1);
        assertThat(report.failures()).isEmpty();
        assertThat(backend.requests).hasSize(DemoDeliveries.ATTEMPTS + 3)
                .extracting(FakeBackend.Request::idempotencyKey).containsOnly(backend.requests.getFirst().idempotencyKey());
    }

    @Test
    void progressIsSaidAboutEveryTenthOfTheWay() throws Exception {
        backend = new FakeBackend(List.of("a"));

        demo(1).start(20, progress::add);

        assertThat(progress).hasSize(10).element(1).isEqualTo("2/20 answered (2 started)");
        assertThat(progress.stream().skip(1).map(line -> line.split("/")[0]).map(Integer::parseInt))
                .containsExactly(2, 4, 6, 8, 10, 12, 14, 16, 18);
    }
}
