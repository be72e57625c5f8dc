package io.codedelivery.e2e.chaos;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A fleet viewer as the web app holds one: connected through the one address in front of the
 * backend replicas, and when its connection ends (its replica died), connected again through the
 * same address, which hands it to a replica that is alive, and resynced from that one's snapshot.
 */
final class FailoverViewer implements AutoCloseable {

    private final URI address;
    private final Duration within;
    private final List<ViewerConnection> connections = new CopyOnWriteArrayList<>();
    private volatile boolean closed;

    private FailoverViewer(URI address, Duration within) {
        this.address = address;
        this.within = within;
    }

    static FailoverViewer open(URI address, Duration within) {
        FailoverViewer viewer = new FailoverViewer(address, within);
        viewer.connect();
        return viewer;
    }

    private void connect() {
        ViewerConnection connection = ViewerConnection.open(address, within);
        connections.add(connection);
        // a thread of its own: on a 2-core machine the common pool has one thread, which the
        // HttpClient's handshake may need while a reconnect waits on it
        connection.client().ended().thenRunAsync(() -> {
            if (!closed) {
                connect();
            }
        }, task -> Thread.ofPlatform().daemon().name("viewer-reconnect").start(task));
    }

    /** Every connection so far, the first first; more than one once it has failed over. */
    List<ViewerConnection> connections() {
        return List.copyOf(connections);
    }

    @Override
    public void close() {
        closed = true;
        connections.forEach(ViewerConnection::close);
    }
}
