package io.codedelivery.devstack;

import de.bwaldvogel.mongo.bson.Document;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Makes index changes exclusive in the wire server. Its collections lock queries and writes on the
 * collection but add and drop indexes under the database's lock, so a replica creating its indexes
 * while another queries the same collection made the query fail with a
 * ConcurrentModificationException, answered to the driver as "Unknown error: null" (seen when
 * several backends start at once on an empty database).
 */
final class IndexChanges {

    private static final Set<String> INDEX_COMMANDS = Set.of("createindexes", "dropindexes", "deleteindexes");

    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    Document around(String command, Supplier<Document> handling) {
        Lock held = INDEX_COMMANDS.contains(command.toLowerCase(Locale.ROOT)) ? lock.writeLock() : lock.readLock();
        held.lock();
        try {
            return handling.get();
        } finally {
            held.unlock();
        }
    }
}
