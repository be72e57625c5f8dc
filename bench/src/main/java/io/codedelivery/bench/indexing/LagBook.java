package io.codedelivery.bench.indexing;

import io.codedelivery.bench.report.Latency;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * The sampled positions not yet searchable, oldest first, and the lag of those that became so: first
 * seen minus produced, and first seen minus read committed (the search side's share). What is still
 * pending when the book is read is never seen. Thread-safe: the sampler adds, the poller marks seen.
 */
final class LagBook {

    private static final int EXAMPLES = 5;

    private final Map<String, Sample> pending = new LinkedHashMap<>();
    private final Histogram lagMicros = new Histogram(3);
    private final Histogram afterCommitMicros = new Histogram(3);
    private long sampled;
    private long seen;
    private long timestampMismatches;

    /** What the book holds: every sample either seen (with its lag) or never seen. */
    record Summary(long sampled, long seen, long neverSeen, List<String> neverSeenExamples, long timestampMismatches,
            Latency lag, Latency afterCommit) {
    }

    /** Adds a sample to wait for; a second sample of the same id (a redelivery) is ignored. */
    synchronized void sampled(Sample sample) {
        if (pending.putIfAbsent(sample.id(), sample) == null) {
            sampled++;
            if (sample.producedMs() != sample.emittedMs()) {
                timestampMismatches++;
            }
        }
    }

    /** The ids still waited for, oldest first, at most {@code max}. */
    synchronized List<String> pending(int max) {
        List<String> ids = new ArrayList<>(Math.min(max, pending.size()));
        for (String id : pending.keySet()) {
            if (ids.size() == max) {
                break;
            }
            ids.add(id);
        }
        return ids;
    }

    synchronized int pendingCount() {
        return pending.size();
    }

    /** Marks these ids searchable at {@code atMs}; ids not pending (already seen, never sampled) are ignored. */
    synchronized void seen(Collection<String> ids, long atMs) {
        for (String id : ids) {
            Sample sample = pending.remove(id);
            if (sample != null) {
                seen++;
                lagMicros.recordValue(Math.max(0, atMs - sample.producedMs()) * 1000);
                afterCommitMicros.recordValue(Math.max(0, atMs - sample.committedMs()) * 1000);
            }
        }
    }

    synchronized Summary summary() {
        List<String> examples = pending.keySet().stream().limit(EXAMPLES).toList();
        return new Summary(sampled, seen, pending.size(), examples, timestampMismatches, Latency.of(lagMicros),
                Latency.of(afterCommitMicros));
    }
}
