package io.codedelivery.bench.report;

/**
 * The search engine's own account of an index over a window ({@code _stats}, primaries): documents
 * indexed and the time spent indexing them, searches (the bench's probe is the only searcher) and
 * their query and fetch time, refreshes and their time. All in milliseconds.
 */
public record EngineStats(long indexed, long indexMs, long searches, long searchMs, long refreshes, long refreshMs) {

    public static final EngineStats NONE = new EngineStats(0, 0, 0, 0, 0, 0);

    public EngineStats minus(EngineStats before) {
        return new EngineStats(indexed - before.indexed, indexMs - before.indexMs, searches - before.searches,
                searchMs - before.searchMs, refreshes - before.refreshes, refreshMs - before.refreshMs);
    }
}
