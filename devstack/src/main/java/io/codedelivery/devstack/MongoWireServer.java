package io.codedelivery.devstack;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.netty.channel.Channel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A MongoDB wire-protocol server on the JVM (no real mongod can be installed here). Our code talks
 * to it through the official driver exactly as it would to MongoDB.
 */
public final class MongoWireServer implements AutoCloseable {

    private final MongoServer server;
    private final InetSocketAddress address;

    private MongoWireServer(MongoServer server, InetSocketAddress address) {
        this.server = server;
        this.address = address;
    }

    /** Keeps data in a file under {@code dataDir}, so it survives a restart. */
    public static MongoWireServer startWithFile(Path dataDir, int port) {
        Ports.requireFree(port, "MongoDB");
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dataDir, e);
        }
        return start(new FileBackend(dataDir.resolve("codedelivery.mv").toAbsolutePath().toString()), port);
    }

    public static MongoWireServer startInMemory(int port) {
        Ports.requireFree(port, "MongoDB");
        return start(new InMemoryBackend(), port);
    }

    private static MongoWireServer start(MongoBackend backend, int port) {
        MongoServer server = new MongoServer(backend);
        InetSocketAddress address = new InetSocketAddress("127.0.0.1", port);
        server.bind(address);
        return new MongoWireServer(server, server.getLocalAddress());
    }

    public String connectionString(String database) {
        return "mongodb://127.0.0.1:" + address.getPort() + "/" + database;
    }

    public int port() {
        return address.getPort();
    }

    @Override
    public void close() {
        server.shutdownNow();
    }

    private static final class FileBackend extends H2Backend {

        private final IndexChanges indexChanges = new IndexChanges();

        FileBackend(String file) {
            super(file);
        }

        @Override
        public Document handleCommand(Channel channel, String database, String command, Document query) {
            return indexChanges.around(command, () -> super.handleCommand(channel, database, command, query));
        }
    }

    private static final class InMemoryBackend extends MemoryBackend {

        private final IndexChanges indexChanges = new IndexChanges();

        @Override
        public Document handleCommand(Channel channel, String database, String command, Document query) {
            return indexChanges.around(command, () -> super.handleCommand(channel, database, command, query));
        }
    }
}
