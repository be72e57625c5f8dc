package io.codedelivery.e2e.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.codedelivery.contracts.Topics;
import io.codedelivery.e2e.chaos.ChaosLedger.Tally;
import io.codedelivery.e2e.chaos.PositionTopic.Committed;
import io.codedelivery.e2e.chaos.ReplicaStack.Replica;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.MemberDescription;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import tools.jackson.databind.json.JsonMapper;

/**
 * Several replicas of each service against one broker, each in a process of its own, as
 * {@code ./codedelivery up --backends 3 --simulators 2} runs them (issue 9): replicas started at once
 * on an empty database, viewers on different backends (one added mid-run), a simulator and a backend
 * killed with SIGKILL while deliveries run. Every check compares seqs with what Kafka holds
 * ({@link ChaosLedger}). The figures go to docs/reliability.md.
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(ChaosStack.OWN_STACKS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicasIT {

    private static final int BACKENDS = 3;
    private static final int SIMULATORS = 2;
    private static final int DELIVERIES = 10;
    private static final int POSITIONS_BEFORE_KILL = 3;
    private static final Duration WAIT = Duration.ofMinutes(3);
    /** Far above the 0.5 s between positions, well below the simulators' 10 s session timeout. */
    private static final Duration HANDOVER_PAUSE = Duration.ofSeconds(5);
    private static final String SIMULATOR_GROUP = "codedelivery-simulator";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> REPORT = new ArrayList<>();

    private static ReplicaStack stack;
    private static Dispatcher dispatcher;

    @BeforeAll
    static void start() {
        stack = ReplicaStack.start(BACKENDS, SIMULATORS);
        dispatcher = new Dispatcher(stack.backends().getLast().http());
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
            System.out.println("replicas: logs under " + stack.logs());
        }
        REPORT.forEach(System.out::println);
    }

    @Test
    @Order(1)
    void backendsStartedTogetherOnAnEmptyDatabaseAllComeUpAndSeedTheSampleRoutesOnce() throws Exception {
        int samples = JSON.readTree(Files.readString(Path.of("../backend/src/main/resources/routes/sample-routes.json"))).size();

        for (Replica backend : stack.backends()) {
            List<String> titles = JSON.readTree(new Dispatcher(backend.http()).get("/api/routes").body()).valueStream()
                    .map(route -> route.get("title").asString()).toList();
            assertThat(titles).as("routes on %s", backend.name()).hasSize(samples).doesNotHaveDuplicates();
        }
        report("%d backends started at once on an empty database: all ready, %d sample routes, each once", BACKENDS, samples);
    }

    @Test
    @Order(2)
    void viewersOnEveryReplicaGetEveryPositionIncludingOnAReplicaAddedMidRun() throws Exception {
        List<ViewerConnection> viewers = stack.backends().stream()
                .map(backend -> ViewerConnection.open(backend.webSocket(), WAIT)).toList();
        ViewerConnection joined = null;
        try {
            List<String> ids = dispatcher.startDeliveries(DELIVERIES);
            await().atMost(WAIT).until(() -> ids.stream().allMatch(id -> viewers.getFirst().liveSeqs(id).size() >= POSITIONS_BEFORE_KILL));
            Replica added = stack.startBackend("backend-" + (BACKENDS + 1));
            joined = ViewerConnection.open(added.webSocket(), WAIT);
            ViewerConnection late = joined;
            assertThat(ids).as("deliveries in flight in the snapshot of the replica added mid-run")
                    .anyMatch(id -> late.snapshotSeq(id).isPresent());

            await().atMost(WAIT).until(() -> dispatcher.allDelivered(ids));
            List<ViewerConnection> everyViewer = new ArrayList<>(viewers);
            everyViewer.add(joined);
            await().atMost(WAIT).until(() -> everyViewer.stream().allMatch(viewer -> ids.stream()
                    .allMatch(id -> viewer.sawEndOf(id, viewer != late))));

            Map<String, Committed> kafka = PositionTopic.read(stack.bootstrapServers(), new HashSet<>(ids));
            long committed = kafka.values().stream().mapToLong(delivery -> delivery.seqs().size()).sum();
            for (ViewerConnection viewer : viewers) {
                for (String id : ids) {
                    assertThat(viewer.liveSeqs(id)).as("seqs of %s on one replica", id).isEqualTo(kafka.get(id).seqs());
                }
            }
            Tally fromSnapshot = assertClean(kafka, ids, List.of(joined));
            long afterSnapshot = ids.stream().mapToLong(id -> late.liveSeqs(id).size()).sum();
            report("viewers on %d replicas each received %d of %d committed positions of %d deliveries; the replica added"
                    + " mid-run: snapshot then %d positions, lost %d, duplicated %d", viewers.size(), committed, committed,
                    ids.size(), afterSnapshot, fromSnapshot.lost(), fromSnapshot.duplicated());
        } finally {
            viewers.forEach(ViewerConnection::close);
            if (joined != null) {
                joined.close();
            }
        }
    }

    @Test
    @Order(3)
    void aKilledSimulatorsDeliveriesContinueOnAnotherInstanceExactlyOnce() throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", stack.bootstrapServers()))) {
            await().atMost(WAIT).until(() -> partitionsPerMember(admin).size() == SIMULATORS
                    && partitionsPerMember(admin).stream().allMatch(count -> count > 0));
            ViewerConnection viewer = ViewerConnection.open(stack.backends().getLast().webSocket(), WAIT);
            try {
                List<String> ids = dispatcher.startDeliveries(DELIVERIES);
                await().atMost(WAIT).until(() -> ids.stream().allMatch(id -> viewer.liveSeqs(id).size() >= POSITIONS_BEFORE_KILL));

                Replica simulator = stack.simulators().getFirst();
                Instant killed = Instant.now();
                stack.kill(simulator);
                await().atMost(WAIT).pollInterval(Duration.ofMillis(50)).until(() -> ids.stream()
                        .allMatch(id -> viewer.hasLivePositionEmittedAfter(id, killed) || viewer.sawEndOf(id, true)));
                double recovered = Duration.between(killed, Instant.now()).toMillis() / 1000.0;
                await().atMost(WAIT).until(() -> dispatcher.allDelivered(ids));
                await().atMost(WAIT).until(() -> ids.stream().allMatch(id -> viewer.sawEndOf(id, true)));

                Tally tally = assertClean(PositionTopic.read(stack.bootstrapServers(), new HashSet<>(ids)), ids, List.of(viewer));
                assertThat(partitionsPerMember(admin)).as("the surviving instance holds every partition")
                        .containsExactly(partitionCount(admin));
                long handedOver = ids.stream().filter(id -> viewer.longestPause(id).compareTo(HANDOVER_PAUSE) > 0).count();
                double longestPause = ids.stream().map(viewer::longestPause).max(Duration::compareTo).orElseThrow().toMillis() / 1000.0;
                // not an upper bound: the survivor's own deliveries may pause too, since its one transactional
                // producer (exactly-once v2: one per stream thread) waits while the broker aborts the dead
                // instance's open transaction on the partitions it takes over
                assertThat(handedOver).as("deliveries the killed instance drove, paused until the other took them over")
                        .isPositive();
                report("%s of %d killed: %d of %d deliveries paused %.1f s at most and continued on the other instance,"
                        + " all moving again %.1f s after the kill; Kafka seqs contiguous, lost %d, duplicated %d, stuck %d",
                        simulator.name(), SIMULATORS, handedOver, tally.deliveries(), longestPause, recovered, tally.lost(), tally.duplicated(),
                        tally.stuck());
            } finally {
                viewer.close();
            }
        }
    }

    @Test
    @Order(4)
    void aKilledBackendsViewersFailOverThroughTheOneAddressAndResyncWithoutDuplicates() throws Exception {
        List<FailoverViewer> viewers = new ArrayList<>();
        try {
            for (int i = 0; i < BACKENDS; i++) {
                viewers.add(FailoverViewer.open(stack.proxyWebSocket(), WAIT));
            }
            List<String> ids = dispatcher.startDeliveries(DELIVERIES);
            await().atMost(WAIT).until(() -> viewers.stream().allMatch(viewer -> ids.stream()
                    .allMatch(id -> viewer.connections().getFirst().liveSeqs(id).size() >= POSITIONS_BEFORE_KILL)));

            Replica backend = stack.backends().getFirst();
            Instant killed = Instant.now();
            stack.kill(backend);
            await().atMost(WAIT).until(() -> viewers.stream().anyMatch(viewer -> viewer.connections().size() > 1));
            double reconnected = Duration.between(killed, Instant.now()).toMillis() / 1000.0;
            await().atMost(WAIT).until(() -> dispatcher.allDelivered(ids));
            await().atMost(WAIT).until(() -> viewers.stream().allMatch(viewer -> ids.stream().allMatch(id -> viewer.connections()
                    .getLast().sawEndOf(id, viewer.connections().size() == 1))));

            Map<String, Committed> kafka = PositionTopic.read(stack.bootstrapServers(), new HashSet<>(ids));
            long failedOver = viewers.stream().filter(viewer -> viewer.connections().size() > 1).count();
            long lost = 0;
            long duplicated = 0;
            long skipped = 0;
            for (FailoverViewer viewer : viewers) {
                Tally tally = assertClean(kafka, ids, viewer.connections());
                lost += tally.lost();
                duplicated += tally.duplicated();
                skipped += tally.skippedWhileAway();
            }
            assertThat(failedOver).as("viewers the killed replica held").isBetween(1L, (long) BACKENDS - 1);
            report("%s of %d killed: %d of %d viewers failed over through the proxy in %.1f s and resynced;"
                    + " lost %d, duplicated %d (%d positions skipped while away, in the new snapshot)", backend.name(), BACKENDS, failedOver,
                    viewers.size(), reconnected, lost, duplicated, skipped);
        } finally {
            viewers.forEach(FailoverViewer::close);
        }
    }

    private Tally assertClean(Map<String, Committed> kafka, List<String> ids, List<ViewerConnection> connections) {
        Tally tally = ChaosLedger.tally(kafka, dispatcher.statuses(ids), connections);
        assertThat(tally.problems()).as("per-delivery problems (logs under %s)", stack.logs()).isEmpty();
        assertThat(tally.lost()).isZero();
        assertThat(tally.duplicated()).isZero();
        assertThat(tally.stuck()).isZero();
        return tally;
    }

    /** How many partitions of route.new-direction each member of the simulators' group holds. */
    private static List<Integer> partitionsPerMember(Admin admin) throws Exception {
        return admin.describeConsumerGroups(List.of(SIMULATOR_GROUP)).all().get().get(SIMULATOR_GROUP).members().stream()
                .map(MemberDescription::assignment)
                .map(assignment -> (int) assignment.topicPartitions().stream()
                        .filter(partition -> partition.topic().equals(Topics.DELIVERY_REQUESTED.name())).count())
                .collect(Collectors.toList());
    }

    private static int partitionCount(Admin admin) throws Exception {
        String topic = Topics.DELIVERY_REQUESTED.name();
        return admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().size();
    }

    private static void report(String format, Object... args) {
        String line = "replicas: " + String.format(Locale.ROOT, format, args);
        REPORT.add(line);
        System.out.println(line);
    }
}
