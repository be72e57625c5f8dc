package io.codedelivery.backend.route;

import io.codedelivery.backend.audit.AuditTrail;
import io.codedelivery.contracts.AuditAction;
import io.codedelivery.contracts.AuditEvent;
import org.springframework.stereotype.Component;

/**
 * Renames a route and/or archives or restores it; a new title follows the rules of a new route's.
 * Each change is recorded in the {@link AuditTrail} with the fields given, as they now are.
 */
@Component
class ChangeRoute {

    private final RouteCatalogue catalogue;
    private final RouteSettings limits;
    private final AuditTrail audit;

    ChangeRoute(RouteCatalogue catalogue, RouteSettings limits, AuditTrail audit) {
        this.catalogue = catalogue;
        this.limits = limits;
        this.audit = audit;
    }

    Route change(String id, RouteChange change, AuditEvent.Actor actor) {
        if (change == null || change.title() == null && change.archived() == null) {
            throw new InvalidRouteException("give title, archived or both");
        }
        String title = change.title() == null ? null
                : RouteTitles.checked(change.title(), limits, "title must not be blank");
        if (title != null) {
            catalogue.findByTitle(title).filter(other -> !other.id().equals(id)).ifPresent(other -> {
                throw new DuplicateRouteTitleException(other.title(), other.id());
            });
        }
        Route changed = catalogue.change(id, title, change.archived()).orElseThrow(() -> new UnknownRouteException(id));
        audit.record(AuditAction.ROUTE_CHANGED, actor, changed.id(), AuditTrail.details(
                "title", title == null ? null : changed.title(),
                "archived", change.archived() == null ? null : change.archived().toString()));
        return changed;
    }
}
