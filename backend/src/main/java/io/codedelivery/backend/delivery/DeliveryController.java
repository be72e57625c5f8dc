package io.codedelivery.backend.delivery;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.codedelivery.backend.audit.AuditTrail;
import io.codedelivery.backend.device.DeviceLink;
import io.codedelivery.backend.security.TrackingLink;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Deliveries", description = "Start a delivery on a route, follow its status, cancel it, look back")
@RequestMapping("/api/deliveries")
class DeliveryController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";

    private final StartDelivery startDelivery;
    private final CancelDelivery cancelDelivery;
    private final NewDriverLink newDriverLink;
    private final NewTrackingLink newTrackingLink;
    private final DeliveryRepository deliveries;

    DeliveryController(StartDelivery startDelivery, CancelDelivery cancelDelivery, NewDriverLink newDriverLink,
            NewTrackingLink newTrackingLink, DeliveryRepository deliveries) {
        this.startDelivery = startDelivery;
        this.cancelDelivery = cancelDelivery;
        this.newDriverLink = newDriverLink;
        this.newTrackingLink = newTrackingLink;
        this.deliveries = deliveries;
    }

    @PostMapping("/{id}/tracking-link")
    @Operation(operationId = "newTrackingLink", summary = "A customer's link to follow this delivery",
            description = "The link's token lets its holder read this delivery, its route and trail, and watch it "
                    + "live, nothing else, until it expires (SECURITY_TRACKING_LINK_LIFETIME); docs/security.md.")
    @ApiResponse(responseCode = "201", description = "the link: open path on the web app's address")
    @ApiResponse(responseCode = "404", description = "no delivery has this id, or no delivery can have it")
    ResponseEntity<TrackingLink> newTrackingLink(@Parameter(description = "the delivery's id") @PathVariable String id,
            HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(newTrackingLink.issue(id, AuditTrail.actorOf(request)));
    }

    @PostMapping("/{id}/device-token")
    @Operation(operationId = "newDriverLink", summary = "A new device token and driver link",
            description = "For a device-driven delivery under way whose driver lost the link, or whose link leaked: "
                    + "the earlier token stops working at once.")
    @ApiResponse(responseCode = "200", description = "the new token and driver link")
    @ApiResponse(responseCode = "404", description = "no delivery has this id, or no delivery can have it")
    @ApiResponse(responseCode = "409", description = "the delivery is driven by the simulator, or has ended")
    DeviceLink newDriverLink(@Parameter(description = "the delivery's id") @PathVariable String id,
            HttpServletRequest request) {
        return newDriverLink.issue(id, AuditTrail.actorOf(request));
    }

    @GetMapping
    @Operation(operationId = "listDeliveries", summary = "The delivery history",
            description = "Deliveries newest requested first, filtered by status, route and the time they were "
                    + "requested, one page at a time.")
    @ApiResponse(responseCode = "200", description = "one page, and how many deliveries the filters select in all")
    @ApiResponse(responseCode = "400", description = "a parameter that cannot be read; the detail says which and why")
    DeliveryPageView list(
            @Parameter(description = "requested, in_transit, delivered or cancelled; repeat it, or separate with "
                    + "commas, for several") @RequestParam(required = false) List<String> status,
            @Parameter(description = "only the deliveries on this route") @RequestParam(required = false) String routeId,
            @Parameter(description = "requested at or after this instant (ISO-8601, e.g. 2026-11-26T09:00:00Z)")
            @RequestParam(required = false) String from,
            @Parameter(description = "requested before this instant (ISO-8601)") @RequestParam(required = false) String to,
            @Parameter(description = "the page, from 0 (at most " + DeliveryQuery.MAX_PAGE + ")")
            @RequestParam(required = false) String page,
            @Parameter(description = "deliveries per page, 1 to " + DeliveryQuery.MAX_SIZE + " (default "
                    + DeliveryQuery.DEFAULT_SIZE + ")") @RequestParam(required = false) String size) {
        return DeliveryPageView.of(deliveries.find(DeliveryQuery.parse(status, routeId, from, to, page, size)));
    }

    /** Idempotent: cancelling a cancelled delivery answers the same record again. */
    @PostMapping("/{id}/cancel")
    @Operation(operationId = "cancelDelivery", summary = "Cancel a delivery",
            description = "Marks a requested or in-transit delivery cancelled, then tells its vehicle to stop; the "
                    + "vehicle reports where it stopped and every map removes it. A cancelled delivery is answered "
                    + "as it is.")
    @ApiResponse(responseCode = "200", description = "the delivery, cancelled")
    @ApiResponse(responseCode = "404", description = "no delivery has this id, or no delivery can have it")
    @ApiResponse(responseCode = "409", description = "the delivery was delivered: it cannot be cancelled")
    DeliveryView cancel(@Parameter(description = "the delivery's id") @PathVariable String id,
            HttpServletRequest request) {
        return DeliveryView.of(cancelDelivery.cancel(id, AuditTrail.actorOf(request)));
    }

    /** A retry with the same {@code Idempotency-Key} gets the first answer again, marked {@code Idempotent-Replayed: true}. */
    @PostMapping
    @Operation(operationId = "startDelivery", summary = "Start a delivery",
            description = "Stores the delivery as requested, then publishes DeliveryRequested; the simulator starts "
                    + "driving it. With driver device, no simulator drives it: the answer carries the device token and "
                    + "driver link (once; a new one from /device-token), and the device reports its positions.")
    @ApiResponse(responseCode = "201", description = "the delivery started, or the one an earlier request with the same "
            + "Idempotency-Key started", headers = {
                @Header(name = "Location", description = "/api/deliveries/{id}", schema = @Schema(type = "string")),
                @Header(name = REPLAYED, description = "true when this answers an earlier request with the same key",
                        schema = @Schema(type = "boolean"))})
    @ApiResponse(responseCode = "400", description = "a malformed body or Idempotency-Key")
    @ApiResponse(responseCode = "404", description = "no route has this routeId")
    @ApiResponse(responseCode = "409", description = "the route is archived, or a request with this Idempotency-Key "
            + "is still being handled (then with Retry-After)",
            headers = @Header(name = "Retry-After", description = "1", schema = @Schema(type = "integer")))
    @ApiResponse(responseCode = "413", description = "the body is over API_MAX_DELIVERY_BODY_BYTES")
    @ApiResponse(responseCode = "415", description = "the body is not JSON")
    @ApiResponse(responseCode = "422", description = "the Idempotency-Key was used with another routeId, or the route "
            + "is too large to travel in a delivery request")
    @ApiResponse(responseCode = "503", description = "Kafka did not take the request: nothing was started, try again",
            headers = @Header(name = "Retry-After", description = "5", schema = @Schema(type = "integer")))
    ResponseEntity<DeliveryView> start(@RequestBody NewDelivery body,
            @Parameter(description = "a key of the client's own (1 to 255 visible ASCII characters) that makes a "
                    + "retry answer the first request's delivery instead of starting another")
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey,
            HttpServletRequest request) {
        StartDelivery.Started started = startDelivery.start(body.routeId(), body.driverOrDefault(),
                IdempotencyKey.of(idempotencyKey), AuditTrail.actorOf(request));
        Delivery delivery = started.delivery();
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/deliveries/" + delivery.id()))
                .header(REPLAYED, Boolean.toString(started.replayed()))
                .body(DeliveryView.of(delivery, started.device()));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getDelivery", summary = "One delivery and its status")
    @ApiResponse(responseCode = "200", description = "the delivery")
    @ApiResponse(responseCode = "404", description = "no delivery has this id, or no delivery can have it")
    DeliveryView one(@Parameter(description = "1 to 64 letters, digits, '.', '_', ':' or '-', the first a letter "
            + "or digit") @PathVariable String id) {
        return deliveries.findById(id).map(DeliveryView::of).orElseThrow(() -> new UnknownDeliveryException(id));
    }
}
