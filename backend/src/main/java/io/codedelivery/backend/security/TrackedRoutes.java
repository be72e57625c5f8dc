package io.codedelivery.backend.security;

import java.util.Optional;

/** The route a delivery drives, so that a tracking link may read that route (implemented where deliveries live). */
@FunctionalInterface
public interface TrackedRoutes {

    Optional<String> routeOf(String deliveryId);
}
