package io.codedelivery.backend.delivery;

import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/deliveries")
class DeliveryController {

    private final StartDelivery startDelivery;
    private final DeliveryRepository deliveries;

    DeliveryController(StartDelivery startDelivery, DeliveryRepository deliveries) {
        this.startDelivery = startDelivery;
        this.deliveries = deliveries;
    }

    @PostMapping
    ResponseEntity<DeliveryView> start(@RequestBody NewDelivery body) {
        Delivery delivery = startDelivery.start(body.routeId());
        return ResponseEntity.created(URI.create("/api/deliveries/" + delivery.id())).body(DeliveryView.of(delivery));
    }

    @GetMapping("/{id}")
    DeliveryView one(@PathVariable String id) {
        return deliveries.findById(id).map(DeliveryView::of).orElseThrow(() -> new UnknownDeliveryException(id));
    }
}
