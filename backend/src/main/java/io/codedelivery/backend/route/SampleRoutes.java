package io.codedelivery.backend.route;

import io.codedelivery.contracts.GeoPoint;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * At start, makes the catalogue ready ({@link RouteCatalogue#prepare}: keys and indexes), then adds the sample routes shipped with the backend (Manhattan streets, authored for this project)
 * to the catalogue when they are missing; a route already there is left as it is. Each sample has
 * a fixed id, so any number of replicas starting at once on an empty database seed each route
 * exactly once: a replica that loses the race to insert a route finds it there, which is success,
 * so no replica fails its start over it. A sample gets the time it was seeded as its creation time.
 */
@Component
class SampleRoutes implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SampleRoutes.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RouteCatalogue catalogue;
    private final Clock clock;

    SampleRoutes(RouteCatalogue catalogue, Clock clock) {
        this.catalogue = catalogue;
        this.clock = clock;
    }

    record Sample(String id, String title, List<List<Double>> path) {

        Route toRoute(Instant createdAt) {
            return new Route(id, title, path.stream().map(p -> new GeoPoint(p.get(0), p.get(1))).toList(), false,
                    createdAt);
        }
    }

    static List<Route> load(Instant createdAt) {
        try (InputStream in = SampleRoutes.class.getResourceAsStream("/routes/sample-routes.json")) {
            return List.of(JSON.readValue(in, Sample[].class)).stream().map(sample -> sample.toRoute(createdAt)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        Instant now = clock.instant();
        catalogue.prepare(now);
        List<String> added = new ArrayList<>();
        for (Route route : load(now)) {
            if (!catalogue.contains(route.id()) && catalogue.addIfAbsent(route)) {
                added.add(route.id());
            }
        }
        log.info("sample routes added: {}", added);
    }
}
