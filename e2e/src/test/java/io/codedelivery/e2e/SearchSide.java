package io.codedelivery.e2e;

import io.codedelivery.contracts.SearchIndices;
import io.codedelivery.devstack.ConnectWorker;
import io.codedelivery.devstack.IndexTemplates;
import io.codedelivery.devstack.OpenSearchNode;
import io.codedelivery.devstack.Ports;
import io.codedelivery.devstack.SearchConnectors;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * The search side of the system as {@code ./codedelivery up} runs it: an OpenSearch node and a
 * Kafka Connect worker with our sink plugin, the index templates and the five connectors (the same
 * code as {@code up}), with the default index names. Either server can be stopped and started again
 * on its port and data, as an outage would.
 */
final class SearchSide implements AutoCloseable {

    private static final Duration READY = Duration.ofSeconds(180);

    private final Path home;
    private final String bootstrapServers;
    private final int searchPort = Ports.free();
    private final int connectPort = Ports.free();
    // a Connect cluster of its own on the shared broker: no other test's connectors come back here
    private final String connectGroup = "codedelivery-connect-e2e-" + UUID.randomUUID().toString().substring(0, 8);
    private volatile OpenSearchNode search;
    private volatile ConnectWorker connect;

    SearchSide(Path home, String bootstrapServers) {
        this.home = home;
        this.bootstrapServers = bootstrapServers;
    }

    void startServers() {
        startSearchEngine();
        startConnect();
    }

    /** Templates before connectors, so every index is created with its mappings. */
    void configure() {
        IndexTemplates.install(searchUrl(), SearchIndices.DEFAULT);
        SearchConnectors.register(connect.restUrl(), searchUrl(), SearchIndices.DEFAULT, READY);
    }

    String searchUrl() {
        return "http://127.0.0.1:" + searchPort;
    }

    String connectUrl() {
        return "http://127.0.0.1:" + connectPort;
    }

    void stopSearchEngine() {
        search.close();
    }

    void startSearchEngine() {
        search = OpenSearchNode.start(home.resolve("opensearch"), searchPort, READY);
    }

    void stopConnect() {
        connect.close();
    }

    void startConnect() {
        connect = ConnectWorker.start(home.resolve("connect"), bootstrapServers, connectPort, List.of(plugins()),
                READY, connectGroup);
    }

    private Path plugins() {
        return ConnectWorker.installSearchSink(home.resolve("connect").resolve("plugins"), Path.of(System.getProperty(
                "codedelivery.connect.jar", "../connect/target/codedelivery-search-sink-0.1.0-SNAPSHOT.jar")));
    }

    /** Both at once: the test JVM has only so long to stop before its processes are left behind. */
    @Override
    public void close() {
        Thread stopConnect = Thread.ofPlatform().start(() -> {
            if (connect != null) {
                connect.close();
            }
        });
        if (search != null) {
            search.close();
        }
        try {
            stopConnect.join(Duration.ofSeconds(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
