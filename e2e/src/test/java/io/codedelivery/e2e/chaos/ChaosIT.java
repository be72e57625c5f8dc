package io.codedelivery.e2e.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.codedelivery.e2e.chaos.ChaosLedger.Tally;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Kills each part of a running system with SIGKILL while deliveries are driven, starts it again on
 * the same ports and data, and checks per delivery: Kafka holds seq 0..last exactly once, a viewer
 * lost and doubled nothing it was promised, the REST API ends at {@code delivered}, and the system
 * recovered within the stated bound. One stack for the class; the parts are killed one at a time.
 * The figures go to docs/reliability.md.
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(ChaosStack.OWN_STACKS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ChaosIT {

    private static final int DELIVERIES = 15;
    private static final int POSITIONS_BEFORE_KILL = 3;
    private static final Duration WAIT = Duration.ofMinutes(3);
    /** Kill to the first position produced afterwards reaching a viewer; stated in docs/reliability.md. */
    private static final Duration RECOVERY_BOUND = Duration.ofSeconds(90);
    private static final List<String> REPORT = new ArrayList<>();

    private static ChaosStack stack;
    private static Dispatcher dispatcher;
    private static Instant suiteStarted;

    @BeforeAll
    static void start() {
        suiteStarted = Instant.now();
        stack = ChaosStack.start();
        dispatcher = new Dispatcher(stack.api());
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
        REPORT.forEach(System.out::println);
        System.out.printf(Locale.ROOT, "chaos: suite took %.1f s, logs under %s%n", seconds(suiteStarted, Instant.now()),
                stack == null ? "-" : stack.logs());
    }

    /** Its Kafka Streams member stays in the group until the session times out (45 s by default). */
    @Test
    @Order(1)
    void aKilledSimulatorResumesEveryDeliveryWhereItsLastTransactionLeftIt() throws Exception {
        survive("simulator", stack::killSimulator, stack::startSimulator, false);
    }

    @Test
    @Order(2)
    void aKilledBackendComesBackAndItsViewerResyncsFromASnapshot() throws Exception {
        survive("backend", stack::killBackend, stack::startBackend, true);
    }

    @Test
    @Order(3)
    void aKilledBrokerComesBackWithEveryCommittedPositionAndTheDeliveriesGoOn() throws Exception {
        survive("broker", stack::killBroker, stack::startBroker, false);
    }

    /**
     * The store-then-publish gap: the broker hangs (SIGSTOP) while a delivery is asked for, so the
     * backend has stored it but waits for Kafka to take its request; the backend is killed right
     * then, and the broker too (what it had not read is gone with it). Both start again: the
     * delivery, stored as pending, is published by the backend's outbox check and driven to the end.
     */
    @Test
    @Order(4)
    void aDeliveryStoredByABackendKilledBeforePublishingItIsStillDriven() throws Exception {
        String route = dispatcher.routeIds().getFirst();
        stack.pauseBroker();
        dispatcher.requestDelivery(route);
        List<String> stored = await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(10))
                .until(stack::deliveriesPendingPublication, ids -> !ids.isEmpty());
        Instant killed = Instant.now();
        stack.killBackend();
        stack.killBroker();
        assertThat(stored).as("deliveries stored but not published when the backend was killed").hasSize(1);
        String id = stored.getFirst();

        stack.startBroker();
        stack.startBackend();
        boolean delivered = within(WAIT, () -> dispatcher.allDelivered(List.of(id)));
        Tally tally = ChaosLedger.tally(PositionTopic.read(stack.bootstrapServers(), Set.of(id)), dispatcher.statuses(List.of(id)),
                List.of());
        String line = String.format(Locale.ROOT, "chaos: backend killed between storing delivery %s and publishing it:"
                + " %s %.1f s after the kill, lost %d, duplicated %d", id, delivered ? "delivered" : "NOT delivered",
                seconds(killed, Instant.now()), tally.lost(), tally.duplicated());
        REPORT.add(line);
        System.out.println(line);

        assertThat(delivered).as("delivery %s delivered (logs under %s)", id, stack.logs()).isTrue();
        assertThat(tally.problems()).isEmpty();
        assertThat(Files.readString(stack.logs().resolve("backend.out")))
                .contains("delivery " + id + " was stored but its request not published");
    }

    private static void survive(String part, Runnable kill, Runnable restart, boolean viewerReconnects) throws Exception {
        List<ViewerConnection> connections = new ArrayList<>();
        try {
            ViewerConnection first = ViewerConnection.open(stack.webSocket(), WAIT);
            connections.add(first);
            List<String> ids = dispatcher.startDeliveries(DELIVERIES);
            await().atMost(WAIT).until(() -> ids.stream().allMatch(id -> first.liveSeqs(id).size() >= POSITIONS_BEFORE_KILL));

            Instant killed = Instant.now();
            kill.run();
            restart.run();
            Instant ready = Instant.now();
            if (viewerReconnects) {
                connections.add(ViewerConnection.open(stack.webSocket(), WAIT));
            }
            ViewerConnection last = connections.getLast();
            await().atMost(RECOVERY_BOUND.plus(Duration.ofSeconds(60))).pollInterval(Duration.ofMillis(50))
                    .until(() -> last.hasLivePositionEmittedAfter(killed));
            Instant recovered = Instant.now();

            boolean settled = within(WAIT, () -> dispatcher.allDelivered(ids))
                    && within(WAIT, () -> ids.stream().allMatch(id -> last.sawEndOf(id, last == first)));
            Tally tally = ChaosLedger.tally(PositionTopic.read(stack.bootstrapServers(), new HashSet<>(ids)),
                    dispatcher.statuses(ids), connections);
            report(part, tally, seconds(killed, ready), seconds(killed, recovered), viewerReconnects);

            assertThat(tally.problems()).as("per-delivery problems (logs under %s)", stack.logs()).isEmpty();
            assertThat(tally.lost()).isZero();
            assertThat(tally.duplicated()).isZero();
            assertThat(tally.stuck()).isZero();
            assertThat(settled).isTrue();
            assertThat(Duration.between(killed, recovered)).isLessThanOrEqualTo(RECOVERY_BOUND);
        } finally {
            connections.forEach(ViewerConnection::close);
        }
    }

    private static void report(String part, Tally tally, double ready, double recovered, boolean reconnected) {
        String line = String.format(Locale.ROOT,
                "chaos: %s killed, %d deliveries, lost %d, duplicated %d, stuck %d, ready in %.1f s, recovered in %.1f s",
                part, tally.deliveries(), tally.lost(), tally.duplicated(), tally.stuck(), ready, recovered);
        if (reconnected) {
            line += String.format(Locale.ROOT, " (viewer reconnected: %d positions skipped while away, in its snapshot;"
                    + " %d deliveries ended while away)", tally.skippedWhileAway(), tally.endedWhileAway());
        }
        REPORT.add(line);
        System.out.println(line);
        tally.problems().forEach(problem -> System.out.println("chaos:   " + problem));
    }

    private static boolean within(Duration bound, Callable<Boolean> condition) {
        try {
            await().atMost(bound).pollInterval(Duration.ofMillis(250)).until(condition);
            return true;
        } catch (ConditionTimeoutException e) {
            return false;
        }
    }

    private static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 1000.0;
    }
}
