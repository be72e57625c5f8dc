package io.codedelivery.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One address in front of several backend replicas, as a Kubernetes Service is in front of its
 * pods: each new TCP connection goes to the next ready replica, round robin. Ready means its
 * readiness endpoint answered 200 at the last check; a replica that refuses a connection is marked
 * not ready at once and the next one is tried. It relays bytes, not requests, so HTTP and WebSocket
 * alike pass; when a replica dies its connections end, and a browser reconnecting lands on another.
 */
public final class FailoverProxy implements AutoCloseable {

    private static final Duration CHECK_EVERY = Duration.ofMillis(500);
    private static final int CONNECT_TIMEOUT_MILLIS = 1_000;

    private final ServerSocket server;
    private final List<Replica> replicas;
    private final AtomicInteger next = new AtomicInteger();
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    private FailoverProxy(ServerSocket server, List<Replica> replicas) {
        this.server = server;
        this.replicas = replicas;
    }

    /** Listens on {@code 127.0.0.1:port} in front of {@code replicas} ({@code http://host:port}). */
    public static FailoverProxy start(int port, List<URI> replicas, String readinessPath) {
        if (replicas.isEmpty()) {
            throw new IllegalArgumentException("a failover proxy needs at least one replica");
        }
        ServerSocket server;
        try {
            server = new ServerSocket();
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 512);
        } catch (IOException e) {
            throw new PortInUseException(port, "failover proxy");
        }
        FailoverProxy proxy = new FailoverProxy(server, replicas.stream()
                .map(uri -> new Replica(uri, new HttpReadiness(uri.resolve(readinessPath).toString()))).toList());
        Thread.ofVirtual().name("failover-proxy-checks").start(proxy::checkReadiness);
        Thread.ofPlatform().daemon().name("failover-proxy-accept").start(proxy::accept);
        return proxy;
    }

    public int port() {
        return server.getLocalPort();
    }

    private void checkReadiness() {
        while (!closed) {
            replicas.forEach(Replica::check);
            try {
                Thread.sleep(CHECK_EVERY);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void accept() {
        while (!closed) {
            try {
                Socket client = server.accept();
                client.setTcpNoDelay(true);
                Thread.ofVirtual().name("failover-proxy-connect").start(() -> relay(client));
            } catch (IOException e) {
                if (!closed) {
                    System.err.println("[codedelivery] failover proxy: " + e.getMessage());
                }
            }
        }
    }

    private void relay(Socket client) {
        Optional<Socket> upstream = connectToNextReplica();
        if (upstream.isEmpty()) {
            closeQuietly(client);
            return;
        }
        Socket replica = upstream.get();
        open.add(client);
        open.add(replica);
        Thread.ofVirtual().name("failover-proxy-up").start(() -> copy(client, replica));
        copy(replica, client);
    }

    /** The ready replicas first, round robin; then, when none is ready, any that accepts the connection. */
    private Optional<Socket> connectToNextReplica() {
        int start = Math.floorMod(next.getAndIncrement(), replicas.size());
        for (boolean readyOnly : new boolean[] {true, false}) {
            for (int i = 0; i < replicas.size(); i++) {
                Replica replica = replicas.get((start + i) % replicas.size());
                if (readyOnly && !replica.ready) {
                    continue;
                }
                Optional<Socket> socket = replica.connect();
                if (socket.isPresent()) {
                    return socket;
                }
            }
        }
        return Optional.empty();
    }

    /** Copies until either side ends; then both are closed, so the peer of a dead replica sees its end at once. */
    private void copy(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                out.write(buffer, 0, read);
            }
        } catch (IOException e) {
            // one side went away; closing both below tells the other
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private void closeQuietly(Socket socket) {
        open.remove(socket);
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            open.forEach(this::closeQuietly);
        }
    }

    private static final class Replica {

        private final InetSocketAddress address;
        private final HttpReadiness readiness;
        private volatile boolean ready;

        Replica(URI uri, HttpReadiness readiness) {
            this.address = new InetSocketAddress(uri.getHost(), uri.getPort());
            this.readiness = readiness;
        }

        void check() {
            ready = readiness.getAsBoolean();
        }

        Optional<Socket> connect() {
            Socket socket = new Socket();
            try {
                socket.setTcpNoDelay(true);
                socket.connect(address, CONNECT_TIMEOUT_MILLIS);
                return Optional.of(socket);
            } catch (IOException e) {
                ready = false;
                try {
                    socket.close();
                } catch (IOException closing) {
                    // never opened
                }
                return Optional.empty();
            }
        }
    }
}
