package io.codedelivery.backend.dashboard;

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
class DashboardController {

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
    DeliveriesDashboard deliveries(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        return deliveries.over(TimeRange.of(from, to, clock));
    }

    @GetMapping("/routes")
    RoutesDashboard routes(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String size) {
        TimeRange range = TimeRange.of(from, to, clock);
        return routes.top(range, QueryParameters.number("size", size, 1, RouteRanking.MAX_SIZE, RouteRanking.DEFAULT_SIZE));
    }

    @GetMapping("/viewers")
    ViewersDashboard viewers(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        return viewers.over(TimeRange.of(from, to, clock));
    }

    @GetMapping("/trails")
    TrailsDashboard trails(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String limit, @RequestParam(required = false) String deliveryId) {
        TimeRange range = TimeRange.of(from, to, clock);
        int count = QueryParameters.number("limit", limit, 1, Trails.MAX_LIMIT, Trails.DEFAULT_LIMIT);
        return trails.of(range, count, QueryParameters.deliveryId(deliveryId));
    }
}
