package io.codedelivery.e2e.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.codedelivery.e2e.chaos.ChaosLedger.Tally;
import io.codedelivery.e2e.chaos.PositionTopic.Committed;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A restart of everything (issue 10): deliveries drive on a route added over the REST API, then the
 * simulator, the backend and the broker are killed with SIGKILL and MongoDB is closed; all start
 * again on the same ports and data folders. The routes and deliveries must be there as they were,
 * every delivery in transit must resume at its next seq and end {@code delivered}, and one asked
 * for while no simulator ran must be driven too: on Kafka each holds seq 0..last once, one
 * {@code finished}. The figures go to docs/reliability.md.
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(ChaosStack.OWN_STACKS)
class FullRestartIT {

    private static final int IN_TRANSIT = 5;
    private static final int POSITIONS_BEFORE_STOP = 3;
    private static final Duration WAIT = Duration.ofMinutes(3);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** 0.045 degrees of latitude, about 5 km: some 100 positions, 50 s at the stack's 100 m/s. */
    private static final String COORDINATES = "[[-73.99,40.7],[-73.99,40.715],[-73.99,40.73],[-73.99,40.745]]";
    private static final String TITLE = "Full restart: north along 73.99 W";

    private ChaosStack stack;
    private Dispatcher dispatcher;

    @Test
    void routesAndDeliveriesSurviveARestartOfEverythingAndNoDeliveryHangs() throws Exception {
        try (ChaosStack started = ChaosStack.startWithMongoInFile()) {
            stack = started;
            dispatcher = new Dispatcher(stack.api());
            String route = dispatcher.addRoute("{\"title\":\"" + TITLE + "\",\"geometry\":{\"type\":\"LineString\","
                    + "\"coordinates\":" + COORDINATES + "}}");
            List<String> inTransit = startInTransit(route);

            Instant stopped = Instant.now();
            stack.killSimulator();
            String requested = dispatcher.startDelivery(route);
            List<String> all = new ArrayList<>(inTransit);
            all.add(requested);
            Map<String, JsonNode> before = read(route, all);
            assertThat(before.get(requested).get("status").asString()).isEqualTo("requested");
            stack.killBackend();
            stack.killBroker();
            stack.stopMongo();
            Stop stop = new Stop(stopped, Instant.now());

            Restart restart = startEverything();
            assertThat(withoutProgress(read(route, all))).as("routes and deliveries after the restart")
                    .isEqualTo(withoutProgress(before));
            boolean delivered = within(WAIT, () -> dispatcher.allDelivered(all));
            Instant settled = Instant.now();
            Map<String, String> statuses = dispatcher.statuses(all);
            Map<String, Committed> kafka = PositionTopic.read(stack.bootstrapServers(), new HashSet<>(all));
            Tally tally = ChaosLedger.tally(kafka, statuses, List.of());
            report(inTransit, kafka, tally, stop, restart, settled);

            assertThat(delivered).as("all delivered within %s: %s (logs under %s)", WAIT, statuses, stack.logs()).isTrue();
            assertEachDrivenOnceAcrossTheRestart(kafka, tally, inTransit, requested, stop);
        }
    }

    /** From when the first part was killed to when the last was down. */
    private record Stop(Instant began, Instant down) {
    }

    private static void assertEachDrivenOnceAcrossTheRestart(Map<String, Committed> kafka, Tally tally,
            List<String> inTransit, String requested, Stop stop) {
        assertThat(tally.problems()).isEmpty();
        assertThat(tally.lost()).isZero();
        assertThat(tally.duplicated()).isZero();
        assertThat(tally.stuck()).isZero();
        assertThat(kafka.values().stream().map(Committed::last).distinct().toList())
                .as("the last seq of every delivery on the one route").hasSize(1);
        inTransit.forEach(id -> assertThat(kafka.get(id).emittedAt())
                .as("%s has positions from before the stop and from after it", id)
                .anyMatch(at -> at.isBefore(stop.began())).anyMatch(at -> at.isAfter(stop.down())));
        assertThat(kafka.get(requested).emittedAt()).as("the delivery asked for while no simulator ran")
                .allMatch(at -> at.isAfter(stop.down()));
    }

    /** Starts the deliveries and waits until each is {@code in_transit} with a few positions committed. */
    private List<String> startInTransit(String route) throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < IN_TRANSIT; i++) {
            ids.add(dispatcher.startDelivery(route));
        }
        await().atMost(WAIT).pollInterval(Duration.ofSeconds(1))
                .until(() -> dispatcher.statuses(ids).values().stream().allMatch("in_transit"::equals));
        await().atMost(WAIT).pollInterval(Duration.ofSeconds(1))
                .until(() -> PositionTopic.read(stack.bootstrapServers(), new HashSet<>(ids)).values().stream()
                        .allMatch(committed -> committed.seqs().size() >= POSITIONS_BEFORE_STOP));
        return ids;
    }

    /** When each part was ready again: the broker first, then MongoDB, then the simulator and the backend at once. */
    private record Restart(Instant began, Instant brokerReady, Instant simulatorReady, Instant backendReady) {

        Instant allReady() {
            return simulatorReady.isAfter(backendReady) ? simulatorReady : backendReady;
        }
    }

    private Restart startEverything() {
        Instant began = Instant.now();
        stack.startBroker();
        Instant brokerReady = Instant.now();
        stack.startMongo();
        CompletableFuture<Instant> simulator = CompletableFuture.supplyAsync(() -> {
            stack.startSimulator();
            return Instant.now();
        });
        stack.startBackend();
        Instant backendReady = Instant.now();
        return new Restart(began, brokerReady, simulator.join(), backendReady);
    }

    /** Every route, the one added, and each delivery, as {@code GET} answers them (each must be 200). */
    private Map<String, JsonNode> read(String route, List<String> deliveries) throws Exception {
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        answers.put("routes", ok("/api/routes?archived=true"));
        JsonNode added = ok("/api/routes/" + route);
        assertThat(added.get("title").asString()).isEqualTo(TITLE);
        assertThat(added.get("geometry").get("coordinates")).isEqualTo(JSON.readTree(COORDINATES));
        answers.put(route, added);
        for (String id : deliveries) {
            answers.put(id, ok("/api/deliveries/" + id));
        }
        return answers;
    }

    private JsonNode ok(String path) throws Exception {
        HttpResponse<String> response = dispatcher.get(path);
        assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** The answers with what may change across the restart left out: a delivery's status and progress. */
    private static Map<String, JsonNode> withoutProgress(Map<String, JsonNode> answers) {
        return answers.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, entry -> {
            JsonNode answer = entry.getValue();
            return answer.has("requestedAt") ? JSON.createObjectNode().put("id", answer.get("id").asString())
                    .put("routeId", answer.get("routeId").asString())
                    .put("requestedAt", answer.get("requestedAt").asString()) : answer;
        }, (a, b) -> a, LinkedHashMap::new));
    }

    private static void report(List<String> inTransit, Map<String, Committed> kafka, Tally tally, Stop stop,
            Restart restart, Instant settled) {
        String pauses = inTransit.stream().map(id -> String.format(Locale.ROOT, "%.1f", pause(kafka.get(id), stop.began())))
                .collect(Collectors.joining(", "));
        Instant moving = kafka.values().stream().flatMap(committed -> committed.emittedAt().stream())
                .filter(at -> at.isAfter(stop.down())).min(Comparator.naturalOrder()).orElse(settled);
        Instant began = restart.began();
        System.out.printf(Locale.ROOT, "full restart: %d in transit + 1 requested; stopped in %.1f s; after the restart"
                + " began: broker ready %.1f s, simulator %.1f s, backend %.1f s (all ready %.1f s), first position"
                + " %.1f s, all delivered %.1f s; in-transit deliveries paused %s s; %d positions each;"
                + " lost %d, duplicated %d, stuck %d%n",
                inTransit.size(), seconds(stop.began(), stop.down()), seconds(began, restart.brokerReady()),
                seconds(began, restart.simulatorReady()), seconds(began, restart.backendReady()),
                seconds(began, restart.allReady()), seconds(began, moving), seconds(began, settled), pauses,
                kafka.get(inTransit.getFirst()).last() + 1, tally.lost(), tally.duplicated(), tally.stuck());
        tally.problems().forEach(problem -> System.out.println("full restart:   " + problem));
    }

    /** Seconds from the delivery's last committed position before the stop to its first after it. */
    private static double pause(Committed committed, Instant stopped) {
        Instant last = committed.emittedAt().stream().filter(at -> at.isBefore(stopped))
                .max(Comparator.naturalOrder()).orElse(stopped);
        Instant next = committed.emittedAt().stream().filter(at -> !at.isBefore(stopped))
                .min(Comparator.naturalOrder()).orElse(stopped);
        return seconds(last, next);
    }

    private static boolean within(Duration bound, Callable<Boolean> condition) {
        try {
            await().atMost(bound).pollInterval(Duration.ofMillis(500)).until(condition);
            return true;
        } catch (ConditionTimeoutException e) {
            return false;
        }
    }

    private static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 1000.0;
    }
}
