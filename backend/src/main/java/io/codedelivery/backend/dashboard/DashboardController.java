package io.codedelivery.backend.dashboard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Dashboards page's numbers, read from the search engine (docs/api.md, Dashboards). Every
 * endpoint takes the range {@code [from, to)}; parameters are checked here, so a wrong one is a 400
 * that says which and why.
 */
@RestController
@RequestMapping("/api/dashboards")
@io.swagger.v3.oas.annotations.tags.Tag(name = "Dashboards",
        description = "Counts and trails read from the search engine, a few seconds behind what happens")
class DashboardController {

    private static final String FROM = "start of the range, an ISO-8601 instant; default: a day before to";
    private static final String TO = "end of the range (excluded), an ISO-8601 instant; default: now";

    private final DeliveryStatistics deliveries;
    private final RouteRanking routes;
    private final ViewerCounts viewers;
    private final Trails trails;
    private final Clock clock;

    DashboardController(DeliveryStatistics deliveries, RouteRanking routes, ViewerCounts viewers, Trails trails,
            Clock clock) {
        this.deliveries = deliveries;
        this.routes = routes;
        this.viewers = viewers;
        this.trails = trails;
        this.clock = clock;
    }

    @GetMapping("/deliveries")
    @Operation(operationId = "deliveriesDashboard", summary = "Deliveries requested and delivered in the range, and active now")
    @Answers
    DeliveriesDashboard deliveries(@Parameter(description = FROM, schema = @Schema(type = "string", format = "date-time")) @RequestParam(required = false) String from,
            @Parameter(description = TO, schema = @Schema(type = "string", format = "date-time")) @RequestParam(required = false) String to) {
        return deliveries.over(TimeRange.of(from, to, clock));
    }

    @GetMapping("/routes")
    @Operation(operationId = "routesDashboard", summary = "The routes with the most deliveries requested in the range")
    @Answers
    RoutesDashboard routes(@Parameter(description = FROM, schema = @Schema(type = "string", format = "date-time")) @RequestParam(required = false) String from,
            @Parameter(description = TO, schema = @Schema(type = "string", format = "date-time")) @RequestParam(required = false) String to,
            @Parameter(description = "routes at most", schema = @Schema(type = "integer", minimum = "1", maximum = "100",
                    defaultValue = "10")) @RequestParam(required = false) String size) {
        TimeRange range = TimeRange.of(from, to, clock);
        return routes.top(range, QueryParameters.number("size", size, 1, RouteRanking.MAX_SIZE, RouteRanking.DEFAULT_SIZE));
    }

    @GetMapping("/viewers")
    @Operation(operationId = "viewersDashboard", summary = "Browsers watching now, and during each bucket of the range")
    @Answers
    ViewersDashboard viewers(@Parameter(description = FROM, schema = @Schema(type = "string", format = "date-time")) @RequestParam(required = false) String from,
            @Parameter(description = TO, schema = @Schema(type = "string", format = "date-time")) @RequestParam(required = false) String to) {
        return viewers.over(TimeRange.of(from, to, clock));
    }

    @GetMapping("/trails")
    @Operation(operationId = "trailsDashboard", summary = "The paths the latest deliveries requested in the range travelled, or one delivery's")
    @Answers
    TrailsDashboard trails(@Parameter(description = FROM, schema = @Schema(type = "string", format = "date-time")) @RequestParam(required = false) String from,
            @Parameter(description = TO, schema = @Schema(type = "string", format = "date-time")) @RequestParam(required = false) String to,
            @Parameter(description = "deliveries at most, newest first", schema = @Schema(type = "integer", minimum = "1",
                    maximum = "100", defaultValue = "20")) @RequestParam(required = false) String limit,
            @Parameter(description = "that one delivery, whenever it was requested")
            @RequestParam(required = false) String deliveryId) {
        TimeRange range = TimeRange.of(from, to, clock);
        int count = QueryParameters.number("limit", limit, 1, Trails.MAX_LIMIT, Trails.DEFAULT_LIMIT);
        return trails.of(range, count, QueryParameters.deliveryId(deliveryId));
    }

    /** What every dashboard answers (see {@link DashboardErrors}). */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponse(responseCode = "200", description = "the dashboard; zeros and empty lists before anything was indexed")
    @ApiResponse(responseCode = "400", description = "a parameter that cannot be used: detail names it")
    @ApiResponse(responseCode = "503", description = "the search engine could not be reached or did not answer in time",
            headers = @Header(name = "Retry-After", description = "10", schema = @Schema(type = "integer")))
    @interface Answers {
    }
}
