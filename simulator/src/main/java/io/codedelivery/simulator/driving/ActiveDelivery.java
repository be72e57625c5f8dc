package io.codedelivery.simulator.driving;

import io.codedelivery.contracts.DeliveryRequested;
import io.codedelivery.contracts.GeoPoint;
import java.util.List;

/**
 * What the simulator keeps about a delivery it is driving. The step length is fixed when the
 * delivery is accepted, so a restart with other settings never makes a delivery jump.
 */
record ActiveDelivery(String routeId, List<GeoPoint> path, double metresPerStep, long nextStep) {

    static ActiveDelivery accepted(DeliveryRequested request, double metresPerStep) {
        return new ActiveDelivery(request.routeId(), request.path(), metresPerStep, 0);
    }

    ActiveDelivery advanced() {
        return new ActiveDelivery(routeId, path, metresPerStep, nextStep + 1);
    }
}
