package io.codedelivery.backend.route;

import io.codedelivery.backend.audit.AuditTrail;
import io.codedelivery.contracts.AuditAction;
import io.codedelivery.contracts.AuditEvent;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Adds a route read from a body or a file: checks its title (given, else the draft's own) and that
 * no other route has it, then stores it; a preview is checked the same way and not stored. A route
 * stored is recorded in the {@link AuditTrail} as created (from a body) or imported (from a file).
 */
@Component
class AddRoute {

    private final RouteCatalogue catalogue;
    private final RouteSettings limits;
    private final AuditTrail audit;
    private final Clock clock;

    AddRoute(RouteCatalogue catalogue, RouteSettings limits, AuditTrail audit, Clock clock) {
        this.catalogue = catalogue;
        this.limits = limits;
        this.audit = audit;
        this.clock = clock;
    }

    /** A route from a request body, which must carry its title. */
    Route create(RouteDraft draft, AuditEvent.Actor actor) {
        Route route = add(draft, null, RouteDraft.TITLE_REQUIRED, false);
        audit.record(AuditAction.ROUTE_CREATED, actor, route.id(), AuditTrail.details("title", route.title()));
        return route;
    }

    /** A route from a file, titled {@code title} or else by the file; a preview is not stored nor recorded. */
    Route importFile(RouteDraft draft, @Nullable String title, boolean preview, AuditEvent.Actor actor) {
        Route route = add(draft, title, RouteFiles.MISSING_TITLE, preview);
        if (!preview) {
            audit.record(AuditAction.ROUTE_IMPORTED, actor, route.id(), AuditTrail.details("title", route.title()));
        }
        return route;
    }

    /** {@code missingTitle}: the message when neither {@code title} nor the draft has one. */
    private Route add(RouteDraft draft, @Nullable String title, String missingTitle, boolean preview) {
        Route route = draft.toRoute(title, missingTitle, limits, clock.instant());
        catalogue.findByTitle(route.title()).ifPresent(existing -> {
            throw new DuplicateRouteTitleException(existing.title(), existing.id());
        });
        if (!preview) {
            catalogue.add(route);
        }
        return route;
    }
}
