package io.codedelivery.contracts;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * One browser's viewing session as its backend replica last saw it: opened, renewed every
 * heartbeat while open, closed. It counts as open at {@code t} when {@code connectedAt <= t < openUntil};
 * a replica that dies stops renewing, so its viewers stop counting once {@code openUntil} passes.
 * The viewer id is random per socket and says nothing about the person.
 */
public record ViewerSessionChanged(String viewerId, String replica, String scope, List<String> deliveryIds,
        String state, Instant connectedAt, Instant lastSeenAt, Instant openUntil, Instant disconnectedAt)
        implements KeyedEvent {

    public static final Set<String> SCOPES = Set.of("fleet", "area", "delivery");
    public static final Set<String> STATES = Set.of("open", "closed");

    public ViewerSessionChanged {
        Require.id(viewerId, "viewerId");
        Require.id(replica, "replica");
        Require.present(scope, "scope");
        if (!SCOPES.contains(scope)) {
            throw new IllegalArgumentException("scope must be one of fleet, area, delivery");
        }
        Require.present(state, "state");
        if (!STATES.contains(state)) {
            throw new IllegalArgumentException("state must be open or closed");
        }
        Require.present(connectedAt, "connectedAt");
        Require.present(lastSeenAt, "lastSeenAt");
        Require.present(openUntil, "openUntil");
        deliveryIds = deliveryIds == null ? List.of() : List.copyOf(deliveryIds);
        if (deliveryIds.size() > 1) {
            throw new IllegalArgumentException("deliveryIds holds at most the one delivery a viewer follows");
        }
        deliveryIds.forEach(id -> Require.id(id, "deliveryIds"));
        if (state.equals("closed") && disconnectedAt == null) {
            throw new IllegalArgumentException("a closed session needs disconnectedAt");
        }
    }

    @Override
    public String key() {
        return viewerId;
    }

    @Override
    public String keyField() {
        return "viewerId";
    }
}
