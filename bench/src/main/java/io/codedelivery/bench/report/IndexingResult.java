package io.codedelivery.bench.report;

import java.util.List;

/**
 * One step of the indexing scenario: N live vehicles, positions from produced (record timestamp) to
 * searchable in the positions index. {@code lag}: first seen by a search minus produced, over every
 * {@code sampleEvery}-th position produced in the window; {@code lagAfterCommit}: first seen minus when
 * the bench's read_committed consumer read it (the search side's share). {@code neverSeen}: samples not
 * searchable by the end of the grace. Produced and indexed per second over the window (indexed from
 * {@code _count} at its start and end); backlog: positions read committed but not yet counted by a search,
 * at the window's start and end (growing: the search side does not keep up). {@code engine}: the
 * engine's own statistics over the window. The final check, after the simulator stopped: committed records
 * on the topic against documents in the index (and records parked on the dead-letter topic).
 */
public record IndexingResult(
        int vehicles, int started, int startFailures, double startSeconds, int driving, double windowSeconds,
        double producedPerSecond, double indexedPerSecond, long backlogAtStart, long backlogAtEnd, int sampleEvery, long sampled, long seen, long neverSeen,
        List<String> neverSeenExamples, String timestampType, long timestampMismatches, Latency lag, Latency lagAfterCommit,
        long searches, long searchFailures, EngineStats engine, long topicRecords, long indexDocuments, long deadLettered, boolean countsMatch,
        List<ProcessUsage> processes, String loadBefore, String loadAfter) {
}
