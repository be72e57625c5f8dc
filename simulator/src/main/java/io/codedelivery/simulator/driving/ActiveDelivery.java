package io.codedelivery.simulator.driving;

import io.codedelivery.contracts.DeliveryRequested;
import io.codedelivery.contracts.GeoPoint;
import java.util.List;

/**
 * What the simulator keeps about a delivery it is driving, written once when it is accepted; the
 * step it has reached is kept apart, so each tick writes a number, not the route. The step length
 * is fixed on acceptance, so a restart with other settings never makes a delivery jump.
 */
record ActiveDelivery(String routeId, List<GeoPoint> path, double metresPerStep) {

    static ActiveDelivery accepted(DeliveryRequested request, double metresPerStep) {
        return new ActiveDelivery(request.routeId(), request.path(), metresPerStep);
    }
}
