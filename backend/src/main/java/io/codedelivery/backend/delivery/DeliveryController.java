package io.codedelivery.backend.delivery;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/deliveries")
class DeliveryController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";

    private final StartDelivery startDelivery;
    private final DeliveryRepository deliveries;

    DeliveryController(StartDelivery startDelivery, DeliveryRepository deliveries) {
        this.startDelivery = startDelivery;
        this.deliveries = deliveries;
    }

    /** A retry with the same {@code Idempotency-Key} gets the first answer again, marked {@code Idempotent-Replayed: true}. */
    @PostMapping
    ResponseEntity<DeliveryView> start(@RequestBody NewDelivery body,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        StartDelivery.Started started = startDelivery.start(body.routeId(), IdempotencyKey.of(idempotencyKey));
        Delivery delivery = started.delivery();
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/deliveries/" + delivery.id()))
                .header(REPLAYED, Boolean.toString(started.replayed()))
                .body(DeliveryView.of(delivery));
    }

    @GetMapping("/{id}")
    DeliveryView one(@PathVariable String id) {
        return deliveries.findById(id).map(DeliveryView::of).orElseThrow(() -> new UnknownDeliveryException(id));
    }
}
