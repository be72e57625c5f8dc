package io.codedelivery.bench.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The indexing scenario as plain text: lag and throughput, the final count, and process cost, one row per step. */
final class IndexingText {

    private IndexingText() {
    }

    static String of(List<IndexingResult> steps) {
        StringBuilder out = new StringBuilder("\n== indexing: N live vehicles, position produced (record timestamp) to searchable in the positions index\n\n");
        Table lag = new Table("vehicles", "driving", "produced/s", "indexed/s", "backlog start/end", "samples", "seen", "never seen",
                "p50 ms", "p95 ms", "p99 ms", "max ms", "after commit p50/p99 ms", "window s");
        Table check = new Table("vehicles", "committed on topic", "documents in index", "dead-lettered", "equal", "timestamp",
                "load before", "load after");
        Set<String> names = new LinkedHashSet<>();
        steps.forEach(s -> s.processes().forEach(u -> names.add(u.name())));
        List<String> header = new ArrayList<>(List.of("vehicles"));
        header.addAll(names);
        Table processes = new Table(header.toArray(String[]::new));
        for (IndexingResult s : steps) {
            String n = String.format(Locale.ROOT, "%,d", s.vehicles());
            Latency l = s.lag();
            lag.row(n, num(s.driving()), num(s.producedPerSecond()), num(s.indexedPerSecond()),
                    num(s.backlogAtStart()) + " / " + num(s.backlogAtEnd()), num(s.sampled()), num(s.seen()),
                    num(s.neverSeen()), ms(l.p50()), ms(l.p95()), ms(l.p99()), ms(l.max()),
                    ms(s.lagAfterCommit().p50()) + " / " + ms(s.lagAfterCommit().p99()), num(s.windowSeconds()));
            check.row(n, num(s.topicRecords()), num(s.indexDocuments()), num(s.deadLettered()), s.countsMatch() ? "yes" : "NO",
                    s.timestampType(), s.loadBefore(), s.loadAfter());
            List<String> row = new ArrayList<>(List.of(n));
            for (String name : names) {
                row.add(s.processes().stream().filter(u -> u.name().equals(name)).findFirst()
                        .map(u -> String.format(Locale.ROOT, "%.0f%% / %d", u.cpuPercent(), u.peakRssMb())).orElse("-"));
            }
            processes.row(row.toArray());
        }
        out.append(lag.render()).append('\n').append(check.render()).append('\n')
                .append("process CPU over the window (% of one core) / peak RSS (MB)\n").append(processes.render());
        steps.forEach(s -> out.append(String.format(Locale.ROOT,
                "%,d vehicles, the engine over the window: %,d documents indexed in %,d ms, %,d refreshes in %,d ms, "
                        + "%,d searches (the probe's) in %,d ms%n", s.vehicles(), s.engine().indexed(), s.engine().indexMs(),
                s.engine().refreshes(), s.engine().refreshMs(), s.engine().searches(), s.engine().searchMs())));
        steps.stream().filter(s -> s.neverSeen() > 0).forEach(s -> out.append(String.format(Locale.ROOT,
                "%,d vehicles: never searchable within the grace, e.g. %s%n", s.vehicles(), s.neverSeenExamples())));
        return out.toString();
    }

    private static String ms(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }
}
