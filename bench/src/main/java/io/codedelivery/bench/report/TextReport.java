package io.codedelivery.bench.report;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The report as plain text: per scenario, latency and throughput, what each kind of viewer got, and process cost. */
public final class TextReport {

    private TextReport() {
    }

    public static String of(BenchReport report) {
        StringBuilder out = new StringBuilder();
        out.append("Code Delivery bench, ").append(report.startedAt()).append('\n')
                .append("target: ").append(report.target()).append('\n')
                .append("machine: ").append(report.machine()).append('\n')
                .append(String.format(Locale.ROOT, "window %.0f s per phase; p99 bound %.0f ms; latency = viewer receipt - simulator emit time%n",
                        report.windowSeconds(), report.p99BoundMs()));
        report.scenarios().forEach(s -> scenario(out, s));
        if (!report.indexing().isEmpty()) {
            out.append(indexing(report.indexing()));
        }
        return out.toString();
    }

    public static String indexing(List<IndexingResult> steps) {
        return IndexingText.of(steps);
    }

    public static String scenario(ScenarioResult scenario) {
        StringBuilder out = new StringBuilder();
        scenario(out, scenario);
        return out.toString();
    }

    private static void scenario(StringBuilder out, ScenarioResult scenario) {
        out.append("\n== ").append(scenario.name()).append(": ").append(scenario.description()).append("\n\n");
        Table latency = new Table("vehicles", "viewers", "produced/s", "delivered/s", "p50 ms", "p95 ms", "p99 ms", "max ms",
                "kafka p50/p99 ms", "x kafka p50/p99", "driving", "emit every ms", "tick held");
        Table viewers = new Table("vehicles", "viewers", "kind", "protocol", "connected", "keeping up", "frames/v/s", "KB/v/s",
                "coalesced", "resyncs", "closed", "behind", "gaps", "dups", "lagging gaps", "delivered/expected", "foreign frames");
        Set<String> names = new LinkedHashSet<>();
        scenario.steps().forEach(step -> step.phases().forEach(p -> p.processes().forEach(u -> names.add(u.name()))));
        Table processes = new Table(header(names));
        for (StepResult step : scenario.steps()) {
            for (PhaseResult phase : step.phases()) {
                String n = String.format(Locale.ROOT, "%,d", step.vehicles());
                Latency l = phase.latency();
                Latency k = step.kafka().latency();
                latency.row(n, phase.phase(), num(phase.producedPerSecond()), num(phase.deliveredPerSecond()), ms(l.p50()),
                        ms(l.p95()), ms(l.p99()), ms(l.max()), ms(k.p50()) + " / " + ms(k.p99()),
                        phase.p50VsKafka() + " / " + phase.p99VsKafka(), num(phase.driving()), num(phase.meanEmitSpacingMs()), phase.tickHeld() ? "yes" : "NO");
                for (ViewerGroupResult g : phase.groups()) {
                    viewers.row(n, phase.phase(), g.kind(), g.protocol(), g.connected() + "/" + g.viewers(), g.keepingUp(),
                            String.format(Locale.ROOT, "%.1f", g.framesPerViewerPerSecond()), num(g.bytesPerViewerPerSecond() / 1024), g.coalesced(), g.resyncs(),
                            g.closed(), g.behind(), g.gaps(), g.duplicates(), g.laggingGaps(), g.delivered() + "/" + g.expected(), g.foreignFrames());
                }
                processes.row(processRow(n, phase, names));
            }
        }
        out.append(latency.render()).append('\n').append(viewers.render()).append('\n')
                .append("process CPU over the window (% of one core) / peak RSS (MB)\n").append(processes.render()).append('\n');
        scenario.capacity().forEach((phase, capacity) -> out.append("capacity, ").append(phase).append(": ").append(capacity).append('\n'));
    }

    private static String[] header(Set<String> names) {
        String[] header = new String[names.size() + 2];
        header[0] = "vehicles";
        header[1] = "viewers";
        int i = 2;
        for (String name : names) {
            header[i++] = name;
        }
        return header;
    }

    private static Object[] processRow(String vehicles, PhaseResult phase, Set<String> names) {
        Object[] row = new Object[names.size() + 2];
        row[0] = vehicles;
        row[1] = phase.phase();
        int i = 2;
        for (String name : names) {
            row[i++] = phase.processes().stream().filter(u -> u.name().equals(name)).findFirst()
                    .map(u -> String.format(Locale.ROOT, "%.0f%% / %d", u.cpuPercent(), u.peakRssMb())).orElse("-");
        }
        return row;
    }

    private static String ms(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }
}
