package io.codedelivery.backend.viewer;

import io.codedelivery.backend.tracking.Removal;

/** A delivery leaving a viewer's scope; {@code lastSeq} orders it against a snapshot. */
record ViewerRemoval(String deliveryId, String reason, long lastSeq) {

    static final String LEFT_AREA = "left-area";

    static ViewerRemoval of(Removal removal) {
        return new ViewerRemoval(removal.deliveryId(), removal.reason().name().toLowerCase(), removal.lastSeq());
    }

    static ViewerRemoval leftArea(String deliveryId, long lastSeq) {
        return new ViewerRemoval(deliveryId, LEFT_AREA, lastSeq);
    }
}
