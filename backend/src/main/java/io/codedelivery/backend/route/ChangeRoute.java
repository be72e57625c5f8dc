package io.codedelivery.backend.route;

import org.springframework.stereotype.Component;

/** Renames a route and/or archives or restores it; a new title follows the rules of a new route's. */
@Component
class ChangeRoute {

    private final RouteCatalogue catalogue;
    private final RouteSettings limits;

    ChangeRoute(RouteCatalogue catalogue, RouteSettings limits) {
        this.catalogue = catalogue;
        this.limits = limits;
    }

    Route change(String id, RouteChange change) {
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
        return catalogue.change(id, title, change.archived()).orElseThrow(() -> new UnknownRouteException(id));
    }
}
