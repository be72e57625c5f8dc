package io.codedelivery.e2e.chaos;

import io.codedelivery.e2e.chaos.PositionTopic.Committed;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.LongStream;

/**
 * Compares, per delivery, what a viewer received over its connections with what the simulator
 * committed to Kafka, and with the status the REST API ends with.
 *
 * <p>What a viewer is promised (docs/reliability.md): on one connection, every position from where
 * the connection's snapshot left the delivery (or seq 0, when it started later) on, each once and in
 * order, up to its last one while the connection lasts. Between two connections it is promised only
 * the latest position, in the new connection's snapshot: those skipped are counted apart, not as lost.
 */
final class ChaosLedger {

    /** The figures of one chaos run; {@code problems} names each delivery that broke a promise. */
    record Tally(int deliveries, long lost, long duplicated, long stuck, long skippedWhileAway, long endedWhileAway,
            List<String> problems) {
    }

    private final Map<String, Committed> kafka;
    private final List<ViewerConnection> connections;
    private final List<String> problems = new ArrayList<>();
    private long lost;
    private long duplicated;
    private long skippedWhileAway;
    private long endedWhileAway;

    private ChaosLedger(Map<String, Committed> kafka, List<ViewerConnection> connections) {
        this.kafka = kafka;
        this.connections = connections;
    }

    static Tally tally(Map<String, Committed> kafka, Map<String, String> statuses, List<ViewerConnection> connections) {
        ChaosLedger ledger = new ChaosLedger(kafka, connections);
        kafka.forEach(ledger::check);
        long stuck = statuses.values().stream().filter(status -> !"delivered".equals(status)).count();
        statuses.forEach((id, status) -> {
            if (!"delivered".equals(status)) {
                ledger.problems.add(id + ": status " + status + " at the end");
            }
        });
        return new Tally(kafka.size(), ledger.lost, ledger.duplicated, stuck, ledger.skippedWhileAway,
                ledger.endedWhileAway, List.copyOf(ledger.problems));
    }

    private void check(String id, Committed committed) {
        long last = committed.last();
        List<Long> expected = LongStream.rangeClosed(0, last).boxed().toList();
        if (last < 0 || !committed.seqs().equals(expected) || committed.finishedCount() != 1) {
            problems.add(id + ": Kafka holds seqs " + committed.seqs() + " with " + committed.finishedCount() + " finished");
            lost += expected.stream().filter(seq -> !committed.seqs().contains(seq)).count();
            duplicated += committed.seqs().size() - new HashSet<>(committed.seqs()).size();
        }
        long seenUpTo = -1;
        for (int i = 0; i < connections.size(); i++) {
            seenUpTo = checkConnection(id, committed, connections.get(i), i == connections.size() - 1, seenUpTo);
        }
        if (connections.isEmpty()) {
            return;
        }
        ViewerConnection lastConnection = connections.getLast();
        if (lastConnection.liveSeqs(id).contains(last) && !lastConnection.client().removalsOf(id).equals(List.of("delivered"))) {
            problems.add(id + ": removals " + lastConnection.client().removalsOf(id) + ", expected [delivered]");
        }
    }

    /** Returns the highest seq the viewer has had of the delivery after this connection. */
    private long checkConnection(String id, Committed committed, ViewerConnection connection, boolean lastConnection,
            long seenBefore) {
        List<Long> live = connection.liveSeqs(id);
        Set<Long> distinct = new HashSet<>(live);
        if (distinct.size() != live.size()) {
            duplicated += live.size() - distinct.size();
            problems.add(id + ": seqs received twice on one connection: " + live);
        }
        if (!live.equals(live.stream().sorted().toList())) {
            problems.add(id + ": seqs out of order: " + live);
        }
        Optional<Long> snapshot = connection.snapshotSeq(id);
        long from = snapshot.map(seq -> seq + 1).orElse(0L);
        long repeatingSnapshot = live.stream().filter(seq -> seq < from).count();
        if (repeatingSnapshot > 0) {
            duplicated += repeatingSnapshot;
            problems.add(id + ": live seqs the snapshot (seq " + snapshot.orElse(null) + ") already had: " + live);
        }
        // it ended before this connection's snapshot: there was nothing of it left for this connection
        // to see (a replica's viewer that joined late, or a viewer away while it ended)
        if (snapshot.isEmpty() && live.isEmpty() && committed.lastEmittedAt() != null
                && committed.lastEmittedAt().isBefore(connection.snapshotAt())) {
            if (seenBefore >= 0 && seenBefore < committed.last()) {
                endedWhileAway++;
                skippedWhileAway += committed.last() - seenBefore;
            }
            return committed.last();
        }
        if (seenBefore >= 0) {
            skippedWhileAway += Math.max(0, from - 1 - seenBefore);
        }
        long to = lastConnection ? committed.last() : live.stream().mapToLong(Long::longValue).max().orElse(from - 1);
        long missing = LongStream.rangeClosed(from, to).filter(seq -> !distinct.contains(seq)).count();
        if (missing > 0) {
            lost += missing;
            problems.add(id + ": " + missing + " of seqs " + from + ".." + to + " missing on a connection (snapshot "
                    + snapshot.orElse(null) + "): " + live);
        }
        return Math.max(to, seenBefore);
    }
}
