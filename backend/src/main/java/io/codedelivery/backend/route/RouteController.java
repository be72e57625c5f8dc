package io.codedelivery.backend.route;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "Routes", description = "The route catalogue: the sample routes and those added")
@EnableConfigurationProperties(RouteSettings.class)
@RequestMapping("/api/routes")
class RouteController {

    private static final String ID = "1 to 64 letters, digits, '.', '_', ':' or '-', the first a letter or digit";

    private final RouteCatalogue catalogue;
    private final RouteSettings limits;

    RouteController(RouteCatalogue catalogue, RouteSettings limits) {
        this.catalogue = catalogue;
        this.limits = limits;
    }

    @GetMapping
    @Operation(operationId = "listRoutes", summary = "Every route, sorted by title")
    @ApiResponse(responseCode = "200", description = "the routes, each with its GeoJSON geometry")
    List<RouteView> all() {
        return catalogue.findAll().stream().map(RouteView::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getRoute", summary = "One route")
    @ApiResponse(responseCode = "200", description = "the route")
    @ApiResponse(responseCode = "404", description = "no route has this id, or no route can have it")
    RouteView one(@Parameter(description = ID) @PathVariable String id) {
        return catalogue.findById(id).map(RouteView::of).orElseThrow(() -> new UnknownRouteException(id));
    }

    @PostMapping
    @Operation(operationId = "addRoute", summary = "Add a route",
            description = "The simulator can drive it at once: the geometry travels in the delivery request.")
    @ApiResponse(responseCode = "201", description = "the route added", headers = @Header(name = "Location",
            description = "/api/routes/{id}", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "400", description = "malformed JSON, or an invalid route: detail says what is wrong")
    @ApiResponse(responseCode = "413", description = "the body is over API_MAX_BODY_BYTES")
    @ApiResponse(responseCode = "415", description = "the body is not JSON")
    ResponseEntity<RouteView> add(@RequestBody NewRoute body) {
        Route route = body.toRoute(limits);
        catalogue.add(route);
        return ResponseEntity.created(URI.create("/api/routes/" + route.id())).body(RouteView.of(route));
    }
}
