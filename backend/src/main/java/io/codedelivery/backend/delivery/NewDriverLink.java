package io.codedelivery.backend.delivery;

import io.codedelivery.backend.audit.AuditTrail;
import io.codedelivery.backend.device.DeviceLink;
import io.codedelivery.backend.device.DeviceLinks;
import io.codedelivery.contracts.AuditAction;
import io.codedelivery.contracts.AuditEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A new device token and driver link for a device-driven delivery still under way: for a driver
 * whose link was lost, or leaked (the earlier token stops working at once). Each link issued is
 * recorded in the {@link AuditTrail}.
 */
@Component
class NewDriverLink {

    /** Only a device-driven delivery that has not ended has a driver to link. */
    static final class NotDeviceDrivenException extends RuntimeException {
        NotDeviceDrivenException(String message) {
            super(message);
        }
    }

    private static final Logger log = LoggerFactory.getLogger(NewDriverLink.class);

    private final DeliveryRepository deliveries;
    private final DeviceLinks links;
    private final AuditTrail audit;

    NewDriverLink(DeliveryRepository deliveries, DeviceLinks links, AuditTrail audit) {
        this.deliveries = deliveries;
        this.links = links;
        this.audit = audit;
    }

    DeviceLink issue(String deliveryId, AuditEvent.Actor actor) {
        Delivery delivery = deliveries.findById(deliveryId).orElseThrow(() -> new UnknownDeliveryException(deliveryId));
        if (delivery.driver() != DeliveryDriver.DEVICE) {
            throw new NotDeviceDrivenException("delivery " + deliveryId + " is driven by the simulator: it has no driver link");
        }
        if (!DeliveryStatus.OPEN.contains(delivery.status())) {
            throw new NotDeviceDrivenException("delivery " + deliveryId + " is " + delivery.status().code()
                    + ": its driver has nothing more to report");
        }
        DeviceLink link = links.issue(deliveryId).orElseThrow(() -> new UnknownDeliveryException(deliveryId));
        log.info("delivery {} has a new device token; the earlier one no longer works", deliveryId);
        audit.record(AuditAction.DRIVER_LINK_ISSUED, actor, deliveryId,
                AuditTrail.details("routeId", delivery.routeId(), "routeTitle", delivery.routeTitle()));
        return link;
    }
}
