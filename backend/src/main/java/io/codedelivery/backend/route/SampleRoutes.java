package io.codedelivery.backend.route;

import io.codedelivery.contracts.GeoPoint;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Adds the sample routes shipped with the backend (Manhattan streets, authored for this project)
 * to the catalogue when they are missing; a route already there is left as it is. Each sample has
 * a fixed id, so any number of replicas starting at once on an empty database seed each route
 * exactly once: a replica that loses the race to insert a route finds it there, which is success,
 * so no replica fails its start over it.
 */
@Component
class SampleRoutes implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SampleRoutes.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RouteCatalogue catalogue;

    SampleRoutes(RouteCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    record Sample(String id, String title, List<List<Double>> path) {

        Route toRoute() {
            return new Route(id, title, path.stream().map(p -> new GeoPoint(p.get(0), p.get(1))).toList());
        }
    }

    static List<Route> load() {
        try (InputStream in = SampleRoutes.class.getResourceAsStream("/routes/sample-routes.json")) {
            return List.of(JSON.readValue(in, Sample[].class)).stream().map(Sample::toRoute).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> added = new ArrayList<>();
        for (Route route : load()) {
            if (!catalogue.contains(route.id()) && catalogue.addIfAbsent(route)) {
                added.add(route.id());
            }
        }
        log.info("sample routes added: {}", added);
    }
}
