package io.codedelivery.backend.security;

import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.Supplier;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/** What a tracking link's holder may read: its delivery, that delivery's route and trail, and the socket. */
final class TrackingAccess {

    private TrackingAccess() {
    }

    /** {@code GET /api/deliveries/{id}} of the tracked delivery. */
    static AuthorizationManager<RequestAuthorizationContext> delivery() {
        return holder((deliveryId, context) -> deliveryId.equals(context.getVariables().get("id")));
    }

    /** {@code GET /api/routes/{id}} of the route the tracked delivery drives. */
    static AuthorizationManager<RequestAuthorizationContext> route(TrackedRoutes routes) {
        return holder((deliveryId, context) -> routes.routeOf(deliveryId)
                .map(routeId -> routeId.equals(context.getVariables().get("id"))).orElse(false));
    }

    /** {@code GET /api/dashboards/trails?deliveryId=...} of the tracked delivery alone. */
    static AuthorizationManager<RequestAuthorizationContext> trail() {
        return holder((deliveryId, context) -> deliveryId.equals(context.getRequest().getParameter("deliveryId")));
    }

    /** The socket: which scopes the holder may watch is checked per subscription. */
    static AuthorizationManager<RequestAuthorizationContext> socket() {
        return holder((deliveryId, context) -> true);
    }

    private static AuthorizationManager<RequestAuthorizationContext> holder(
            BiPredicate<String, RequestAuthorizationContext> allowed) {
        return (Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) -> {
            AuthorizationResult result = new AuthorizationDecision(
                    authentication.get() instanceof TrackingAuthentication tracking
                            && allowed.test(Objects.requireNonNull(tracking.deliveryId()), context));
            return result;
        };
    }
}
