package io.codedelivery.bench.stack;

import io.codedelivery.contracts.SearchIndices;
import io.codedelivery.devstack.ConnectWorker;
import io.codedelivery.devstack.IndexTemplates;
import io.codedelivery.devstack.OpenSearchNode;
import io.codedelivery.devstack.Ports;
import io.codedelivery.devstack.SearchConnectors;
import io.codedelivery.devstack.ServerProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The search side of a fresh stack, as {@code ./codedelivery up} runs it (devstack's {@code DevStack}):
 * an OpenSearch node and a Kafka Connect worker with our sink plugin in a folder of its own under
 * {@code plugin.path}, started together; then the index templates of {@link SearchIndices#DEFAULT} and
 * the connectors of {@link SearchConnectors}. No log shipper: the bench measures positions only.
 */
public final class SearchSide implements AutoCloseable {

    private static final Duration READY = Duration.ofSeconds(180);
    private static final String CONNECT_GROUP = "codedelivery-bench-connect";

    private static final Set<SearchSide> OPEN = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> OPEN.forEach(SearchSide::close), "bench-search-stop"));
    }

    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private final Map<String, Long> pids = new LinkedHashMap<>();
    private String searchUrl;

    private SearchSide() {
    }

    /** Starts it beside the broker at {@code bootstrap}; its data and output go under {@code dir}. */
    public static SearchSide start(String bootstrap, Path dir, Path sinkPluginJar) {
        if (!Files.isRegularFile(sinkPluginJar)) {
            throw new IllegalStateException(sinkPluginJar + " is missing: build connect first, or pass --search-sink-jar");
        }
        SearchSide side = new SearchSide();
        OPEN.add(side);
        try {
            side.startAll(bootstrap, dir, sinkPluginJar);
            return side;
        } catch (RuntimeException e) {
            side.close();
            throw e;
        }
    }

    private void startAll(String bootstrap, Path dir, Path sinkPluginJar) {
        var search = CompletableFuture.supplyAsync(() -> OpenSearchNode.start(dir.resolve("opensearch"), Ports.free(), READY));
        var connect = CompletableFuture.supplyAsync(() -> startConnect(bootstrap, dir.resolve("connect"), sinkPluginJar));
        CompletableFuture.allOf(search, connect).exceptionally(e -> null).join();
        if (!search.isCompletedExceptionally()) {
            keep("opensearch", search.join());
        }
        if (!connect.isCompletedExceptionally()) {
            keep("connect", connect.join());
        }
        if (search.isCompletedExceptionally() || connect.isCompletedExceptionally()) {
            Throwable cause = (search.isCompletedExceptionally() ? search : connect).exceptionNow();
            throw new IllegalStateException("the search side did not start: " + cause.getMessage(), cause);
        }
        searchUrl = search.join().url();
        IndexTemplates.install(searchUrl, SearchIndices.DEFAULT);
        SearchConnectors.register(connect.join().restUrl(), searchUrl, SearchIndices.DEFAULT, READY);
    }

    private static ConnectWorker startConnect(String bootstrap, Path home, Path sinkPluginJar) {
        Path plugins = ConnectWorker.installSearchSink(home.resolve("plugins"), sinkPluginJar);
        return ConnectWorker.start(home, bootstrap, Ports.free(), List.of(plugins), READY, CONNECT_GROUP);
    }

    private void keep(String name, ServerProcess server) {
        started.push(server);
        pids.put(name, server.pid());
    }

    /** The search engine's HTTP endpoint, such as {@code http://127.0.0.1:9200}. */
    public String searchUrl() {
        return searchUrl;
    }

    /** opensearch and connect to their pids. */
    public Map<String, Long> processes() {
        return pids;
    }

    @Override
    public synchronized void close() {
        OPEN.remove(this);
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                System.err.println("[bench] while stopping the search side: " + e.getMessage());
            }
        }
    }
}
