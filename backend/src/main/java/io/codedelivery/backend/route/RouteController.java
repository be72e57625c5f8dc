package io.codedelivery.backend.route;

import io.codedelivery.backend.audit.AuditTrail;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Routes", description = "The route catalogue: the sample routes and those added")
@EnableConfigurationProperties(RouteSettings.class)
@RequestMapping("/api/routes")
class RouteController {

    private static final String ID = "1 to 64 letters, digits, '.', '_', ':' or '-', the first a letter or digit";
    private static final String INVALID = "malformed JSON, or an invalid route: detail says what is wrong";
    private static final String DUPLICATE = "another route has this title (ignoring case and spacing)";

    private final RouteCatalogue catalogue;
    private final RouteSettings limits;
    private final AddRoute addRoute;
    private final ChangeRoute changeRoute;

    RouteController(RouteCatalogue catalogue, RouteSettings limits, AddRoute addRoute, ChangeRoute changeRoute) {
        this.catalogue = catalogue;
        this.limits = limits;
        this.addRoute = addRoute;
        this.changeRoute = changeRoute;
    }

    @GetMapping
    @Operation(operationId = "listRoutes", summary = "The routes not archived (or every route), sorted by title")
    @ApiResponse(responseCode = "200", description = "the routes, each with its GeoJSON geometry")
    @ApiResponse(responseCode = "400", description = "archived is not true or false")
    List<RouteView> all(@Parameter(description = "true: archived routes too") @RequestParam(defaultValue = "false")
            boolean archived) {
        return catalogue.list(archived).stream().map(RouteView::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getRoute", summary = "One route, archived or not")
    @ApiResponse(responseCode = "200", description = "the route")
    @ApiResponse(responseCode = "404", description = "no route has this id, or no route can have it")
    RouteView one(@Parameter(description = ID) @PathVariable String id) {
        return catalogue.findById(id).map(RouteView::of).orElseThrow(() -> new UnknownRouteException(id));
    }

    @PostMapping(consumes = {MediaType.APPLICATION_JSON_VALUE, RouteFiles.GEO_JSON})
    @Operation(operationId = "addRoute", summary = "Add a route",
            description = "A title with a GeoJSON LineString geometry, a GeoJSON Feature with a LineString geometry "
                    + "(title in properties.title or properties.name), or a title with a list of points. The "
                    + "simulator can drive it at once: the geometry travels in the delivery request.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(oneOf = {
                        NewRoute.class, NewRoute.Feature.class, NewRoute.FromPoints.class}))))
    @ApiResponse(responseCode = "201", description = "the route added", headers = @Header(name = "Location",
            description = "/api/routes/{id}", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "400", description = INVALID)
    @ApiResponse(responseCode = "409", description = DUPLICATE)
    @ApiResponse(responseCode = "413", description = "the body is over API_MAX_BODY_BYTES")
    @ApiResponse(responseCode = "415", description = "the body is not JSON")
    ResponseEntity<RouteView> add(@RequestBody RouteBody body, HttpServletRequest request) {
        Route route = addRoute.create(body.draft(limits), AuditTrail.actorOf(request));
        return ResponseEntity.created(URI.create("/api/routes/" + route.id())).body(RouteView.of(route));
    }

    @PostMapping(path = "/import", consumes = {RouteFiles.GPX, MediaType.APPLICATION_XML_VALUE,
        MediaType.TEXT_XML_VALUE, RouteFiles.GEO_JSON, MediaType.APPLICATION_JSON_VALUE})
    @Operation(operationId = "importRoute", summary = "Add a route from a GPX or GeoJSON file, or preview it",
            description = "The body is the file. GPX: the points of every segment of the first track, else of the "
                    + "first route. JSON: any shape addRoute takes, a bare LineString, or a FeatureCollection "
                    + "holding exactly one LineString Feature.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                @Content(mediaType = RouteFiles.GPX, schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = MediaType.APPLICATION_XML_VALUE, schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = MediaType.TEXT_XML_VALUE, schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = RouteFiles.GEO_JSON, schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "string", format = "binary"))}))
    @ApiResponse(responseCode = "200", description = "preview=true: the route as it would be added (id null); "
            + "nothing is stored", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = RouteView.Preview.class)))
    @ApiResponse(responseCode = "201", description = "the route added", headers = @Header(name = "Location",
            description = "/api/routes/{id}", schema = @Schema(type = "string")), content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = RouteView.class)))
    @ApiResponse(responseCode = "400", description = "a file that cannot be read (detail says what and where), "
            + "no title, or an invalid route")
    @ApiResponse(responseCode = "409", description = DUPLICATE)
    @ApiResponse(responseCode = "413", description = "the file is over ROUTE_MAX_IMPORT_BYTES")
    @ApiResponse(responseCode = "415", description = "the body is neither GPX nor JSON")
    ResponseEntity<Object> importFile(
            @Parameter(description = "the route's title; without it, the file's own") @RequestParam(required = false)
            String title,
            @Parameter(description = "true: check and show the route, store nothing")
            @RequestParam(defaultValue = "false") boolean preview,
            @Parameter(hidden = true) @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType type,
            @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.CONTENT_LENGTH, required = false) Long length,
            @Parameter(hidden = true) InputStream body, HttpServletRequest request) {
        RouteDraft draft = RouteFiles.read(type, body, length == null ? -1 : length, limits);
        Route route = addRoute.importFile(draft, title, preview, AuditTrail.actorOf(request));
        return preview ? ResponseEntity.ok(RouteView.Preview.of(route))
                : ResponseEntity.created(URI.create("/api/routes/" + route.id())).body(RouteView.of(route));
    }

    @PatchMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "changeRoute", summary = "Rename a route, archive or restore it",
            description = "title, archived or both; a field left out (or null) is left as it is.")
    @ApiResponse(responseCode = "200", description = "the route as changed")
    @ApiResponse(responseCode = "400", description = "malformed JSON, neither field, or an invalid title")
    @ApiResponse(responseCode = "404", description = "no route has this id, or no route can have it")
    @ApiResponse(responseCode = "409", description = DUPLICATE)
    @ApiResponse(responseCode = "415", description = "the body is not JSON")
    RouteView change(@Parameter(description = ID) @PathVariable String id, @RequestBody RouteChange change,
            HttpServletRequest request) {
        return RouteView.of(changeRoute.change(id, change, AuditTrail.actorOf(request)));
    }
}
