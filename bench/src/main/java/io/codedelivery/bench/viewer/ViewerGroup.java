package io.codedelivery.bench.viewer;

import io.codedelivery.bench.report.Latency;
import io.codedelivery.bench.report.ViewerGroupResult;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/** Viewers of one kind sharing one latency recorder, summed up into one result per window. */
public final class ViewerGroup {

    private final String kind;
    private final Recorder latencyMicros = new Recorder(3);
    private final List<ViewerPool.Viewer> viewers = new ArrayList<>();
    private Histogram histogram = new Histogram(3);

    public ViewerGroup(String kind) {
        this.kind = kind;
    }

    public ViewerTally newTally(String focus) {
        return new ViewerTally(focus, latencyMicros);
    }

    public void add(ViewerPool.Viewer viewer) {
        viewers.add(viewer);
    }

    public List<ViewerPool.Viewer> viewers() {
        return viewers;
    }

    public String kind() {
        return kind;
    }

    public void open(Window window) {
        viewers.forEach(v -> v.tally().open(window));
        latencyMicros.reset();
    }

    public void freeze() {
        viewers.forEach(v -> v.tally().freeze());
        histogram = latencyMicros.getIntervalHistogram();
    }

    public Histogram histogram() {
        return histogram;
    }

    /** True when every viewer neither coalesced, resynced nor closed has received at least what was produced for it. */
    public boolean caughtUp(ToLongFunction<String> expectedFor) {
        return viewers.stream().map(v -> v.tally().summary()).filter(ViewerTally.Summary::keepsUp)
                .allMatch(s -> s.delivered() >= expectedFor.applyAsLong(s.focus()));
    }

    public ViewerGroupResult result(double windowSeconds, ToLongFunction<String> expectedFor) {
        List<ViewerTally.Summary> all = viewers.stream().map(v -> v.tally().summary()).toList();
        Predicate<ViewerTally.Summary> keepsUp = s -> s.keepsUp() && s.delivered() >= expectedFor.applyAsLong(s.focus());
        List<ViewerTally.Summary> keepingUp = all.stream().filter(keepsUp).toList();
        List<ViewerTally.Summary> lagging = all.stream().filter(keepsUp.negate()).toList();
        long behind = all.stream().filter(s -> s.keepsUp() && !keepsUp.test(s)).count();
        int n = Math.max(1, all.size());
        return new ViewerGroupResult(kind,
                all.stream().map(ViewerTally.Summary::protocol).filter(p -> !p.equals("unknown")).findFirst().orElse("unknown"),
                all.size(), (int) all.stream().filter(ViewerTally.Summary::connected).count(), keepingUp.size(),
                sum(all, ViewerTally.Summary::delivered),
                sum(keepingUp, ViewerTally.Summary::delivered),
                keepingUp.stream().mapToLong(s -> expectedFor.applyAsLong(s.focus())).sum(),
                round(sum(all, ViewerTally.Summary::frames) / windowSeconds / n),
                round(sum(all, ViewerTally.Summary::bytes) / windowSeconds / n),
                sum(all, ViewerTally.Summary::coalesced), sum(all, ViewerTally.Summary::resyncs),
                all.stream().filter(ViewerTally.Summary::closed).count(), behind,
                sum(keepingUp, ViewerTally.Summary::gaps), sum(keepingUp, ViewerTally.Summary::duplicates),
                sum(lagging, ViewerTally.Summary::gaps), sum(all, ViewerTally.Summary::foreignFrames),
                Latency.of(histogram));
    }

    private static long sum(List<ViewerTally.Summary> summaries, ToLongFunction<ViewerTally.Summary> field) {
        return summaries.stream().mapToLong(field).sum();
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
