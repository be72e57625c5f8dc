package io.codedelivery.devstack.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoCommandTest {

    private final List<String> out = new ArrayList<>();
    private final List<String> err = new ArrayList<>();

    @Test
    void aBackendThatIsNotRunningIsOneLineSayingToRunUpFirst() throws Exception {
        URI nobody;
        try (ServerSocket free = new ServerSocket(0)) {
            nobody = URI.create("http://127.0.0.1:" + free.getLocalPort());
        }

        int exit = DemoCommand.run(List.of("5"), nobody, out::add, err::add);

        assertThat(exit).isEqualTo(1);
        assertThat(err).containsExactly("[codedelivery] error: no backend answers at " + nobody
                + " (ConnectException); run ./codedelivery up first");
        assertThat(out).isEmpty();
    }

    @Test
    void everyDeliveryStartedIsSummedUpAndExitsZero() throws Exception {
        try (FakeBackend backend = new FakeBackend(List.of("a", "b"))) {
            int exit = DemoCommand.run(List.of("4"), backend.url(), out::add, err::add);

            assertThat(exit).isZero();
            assertThat(err).isEmpty();
            assertThat(out.getLast()).startsWith("[codedelivery] started 4 of 4 deliveries over 2 routes in ")
                    .endsWith("; watch them at " + backend.url());
        }
    }

    @Test
    void deliveriesThatDidNotStartAreListedByReasonAndExitNonZero() throws Exception {
        try (FakeBackend backend = new FakeBackend(List.of("a", "b"))) {
            backend.failRoute("a", 422, "route a is too large to travel in a delivery request");

            int exit = DemoCommand.run(List.of("3"), backend.url(), out::add, err::add);

            assertThat(exit).isEqualTo(1);
            assertThat(out.getLast()).startsWith("[codedelivery] started 1 of 3 deliveries");
            assertThat(err).containsExactly("[codedelivery] 2 did not start:",
                    "    2 x 422 route a is too large to travel in a delivery request");
        }
    }

    @Test
    void theDefaultIsFiftyDeliveriesAndTheBackendUrlCanBeGiven() {
        URI local = URI.create("http://127.0.0.1:8080");

        assertThat(DemoCommand.Options.parse(List.of(), local))
                .isEqualTo(new DemoCommand.Options(50, local, 8));
        assertThat(DemoCommand.Options.parse(List.of("--backend-url", "http://10.0.0.5:9000", "200", "--concurrency", "4"), local))
                .isEqualTo(new DemoCommand.Options(200, URI.create("http://10.0.0.5:9000"), 4));
    }

    @Test
    void aWrongCommandLineIsSaidWithTheUsage() throws Exception {
        int exit = DemoCommand.run(List.of("many"), URI.create("http://127.0.0.1:1"), out::add, err::add);

        assertThat(exit).isEqualTo(2);
        assertThat(err).containsExactly("[codedelivery] error: N must be a whole number of 1 or more, was 'many'",
                DemoCommand.USAGE);
    }
}
