package io.codedelivery.backend.route;

import io.codedelivery.contracts.GeoPoint;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A route as read from a body or a file, its points checked: the title it carries ({@code null}
 * when it carries none) is checked when the route is made.
 */
record RouteDraft(@Nullable String title, List<GeoPoint> path) {

    static final String TITLE_REQUIRED = "title is required";

    /** A new route: {@code title} when given, else the draft's own; {@code missing} says what to do without one. */
    Route toRoute(@Nullable String title, String missing, RouteSettings limits, Instant now) {
        String chosen = title != null && !title.isBlank() ? title : this.title;
        return new Route(UUID.randomUUID().toString(), RouteTitles.checked(chosen, limits, missing), path, false, now);
    }
}
