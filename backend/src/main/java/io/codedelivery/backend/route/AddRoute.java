package io.codedelivery.backend.route;

import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Adds a route read from a body or a file: checks its title (given, else the draft's own) and that
 * no other route has it, then stores it; a preview is checked the same way and not stored.
 */
@Component
class AddRoute {

    private final RouteCatalogue catalogue;
    private final RouteSettings limits;
    private final Clock clock;

    AddRoute(RouteCatalogue catalogue, RouteSettings limits, Clock clock) {
        this.catalogue = catalogue;
        this.limits = limits;
        this.clock = clock;
    }

    /** {@code missingTitle}: the message when neither {@code title} nor the draft has one. */
    Route add(RouteDraft draft, @Nullable String title, String missingTitle, boolean preview) {
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
