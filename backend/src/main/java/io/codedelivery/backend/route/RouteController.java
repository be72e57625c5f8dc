package io.codedelivery.backend.route;

import java.net.URI;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@EnableConfigurationProperties(RouteSettings.class)
@RequestMapping("/api/routes")
class RouteController {

    private final RouteCatalogue catalogue;
    private final RouteSettings limits;

    RouteController(RouteCatalogue catalogue, RouteSettings limits) {
        this.catalogue = catalogue;
        this.limits = limits;
    }

    @GetMapping
    List<RouteView> all() {
        return catalogue.findAll().stream().map(RouteView::of).toList();
    }

    @GetMapping("/{id}")
    RouteView one(@PathVariable String id) {
        return catalogue.findById(id).map(RouteView::of).orElseThrow(() -> new UnknownRouteException(id));
    }

    @PostMapping
    ResponseEntity<RouteView> add(@RequestBody NewRoute body) {
        Route route = body.toRoute(limits);
        catalogue.add(route);
        return ResponseEntity.created(URI.create("/api/routes/" + route.id())).body(RouteView.of(route));
    }
}
