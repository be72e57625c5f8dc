package io.codedelivery.backend.viewer;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The viewers connected to this replica. */
@Component
class Viewers {

    private final Map<String, Viewer> connected = new ConcurrentHashMap<>();

    void add(Viewer viewer) {
        connected.put(viewer.id(), viewer);
    }

    Viewer remove(String id) {
        return connected.remove(id);
    }

    int count() {
        return connected.size();
    }

    Collection<Viewer> all() {
        return connected.values();
    }

    /** Lets idle sockets (and proxies in between) know the connection is alive. */
    @Scheduled(fixedDelayString = "${codedelivery.viewer.keepalive-interval:15s}")
    void keepalive() {
        connected.values().forEach(Viewer::keepalive);
    }
}
