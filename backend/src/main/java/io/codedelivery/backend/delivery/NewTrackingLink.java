package io.codedelivery.backend.delivery;

import io.codedelivery.backend.audit.AuditTrail;
import io.codedelivery.backend.security.TrackedRoutes;
import io.codedelivery.backend.security.TrackingLink;
import io.codedelivery.backend.security.TrackingLinks;
import io.codedelivery.contracts.AuditAction;
import io.codedelivery.contracts.AuditEvent;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A customer's link to follow one delivery, of any status (a delivered one shows where it ended).
 * Links are not stored: each is signed, and any number may be issued; each issue is audited.
 * Also tells a link's holder which route its delivery drives ({@link TrackedRoutes}).
 */
@Component
class NewTrackingLink implements TrackedRoutes {

    private final DeliveryRepository deliveries;
    private final TrackingLinks links;
    private final AuditTrail audit;

    NewTrackingLink(DeliveryRepository deliveries, TrackingLinks links, AuditTrail audit) {
        this.deliveries = deliveries;
        this.links = links;
        this.audit = audit;
    }

    TrackingLink issue(String deliveryId, AuditEvent.Actor actor) {
        Delivery delivery = deliveries.findById(deliveryId).orElseThrow(() -> new UnknownDeliveryException(deliveryId));
        TrackingLink link = links.issue(deliveryId);
        audit.record(AuditAction.TRACKING_LINK_ISSUED, actor, deliveryId,
                AuditTrail.details("routeId", delivery.routeId(), "expiresAt", link.expiresAt().toString()));
        return link;
    }

    @Override
    public Optional<String> routeOf(String deliveryId) {
        return deliveries.findById(deliveryId).map(Delivery::routeId);
    }
}
