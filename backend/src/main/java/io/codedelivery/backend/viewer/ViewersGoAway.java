package io.codedelivery.backend.viewer;

import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * At the very start of shutdown, before the web server's graceful shutdown (which does not wait
 * for upgraded connections), closes every viewer's WebSocket with 1001 (going away), so that the
 * browsers reconnect to another replica at once instead of seeing the connection drop when the JVM
 * exits.
 */
final class ViewersGoAway implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ViewersGoAway.class);

    private final IntSupplier closeAll;
    private volatile boolean running;

    ViewersGoAway(IntSupplier closeAll) {
        this.closeAll = closeAll;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        int closed = closeAll.getAsInt();
        log.atInfo().addKeyValue("viewers", closed).log("shutting down: closed {} viewer sockets with 1001 (going away)",
                closed);
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stopped first: a higher phase than the web server's graceful shutdown and every consumer. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
