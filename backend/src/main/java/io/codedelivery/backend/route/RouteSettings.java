package io.codedelivery.backend.route;

import io.codedelivery.contracts.DeliveryRequested;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of a route added through the API. {@code maxPoints}: positions in its geometry (every
 * {@code GET /api/routes} carries each route's geometry, so this bounds that answer too).
 * {@code maxTitleLength}: characters in its title. {@code maxImportBytes}: bytes in a file sent to
 * {@code POST /api/routes/import}.
 */
@ConfigurationProperties("codedelivery.route")
record RouteSettings(@DefaultValue("10000") int maxPoints, @DefaultValue("200") int maxTitleLength,
        @DefaultValue("5242880") long maxImportBytes) {

    static final RouteSettings DEFAULTS = new RouteSettings(10_000, 200, 5_242_880);

    RouteSettings {
        if (maxPoints < 2 || maxPoints > DeliveryRequested.MAX_PATH_POINTS) {
            // a longer route could be stored but never driven: its DeliveryRequested would be refused
            throw new IllegalArgumentException("codedelivery.route.max-points must be between 2 and "
                    + DeliveryRequested.MAX_PATH_POINTS + ", was " + maxPoints);
        }
        if (maxTitleLength < 1) {
            throw new IllegalArgumentException("codedelivery.route.max-title-length must be at least 1");
        }
        if (maxImportBytes < 1) {
            throw new IllegalArgumentException("codedelivery.route.max-import-bytes must be at least 1");
        }
    }
}
