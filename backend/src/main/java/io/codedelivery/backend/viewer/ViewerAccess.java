package io.codedelivery.backend.viewer;

import io.codedelivery.backend.security.TrackingLinks;
import java.security.Principal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Which scopes a viewer may watch, fixed when its socket opens: everything for a dispatcher or
 * viewer (or anyone, when the backend runs open), one delivery for the holder of a tracking link.
 */
record ViewerAccess(Optional<String> onlyDelivery) {

    static final ViewerAccess EVERYTHING = new ViewerAccess(Optional.empty());

    static ViewerAccess of(@Nullable Principal principal) {
        return new ViewerAccess(TrackingLinks.trackedDelivery(principal));
    }

    /** Why this viewer may not watch the scope, or null when it may. */
    @Nullable
    String refusal(Scope scope) {
        if (onlyDelivery.isEmpty()
                || scope instanceof Scope.OneDelivery(String deliveryId) && deliveryId.equals(onlyDelivery.get())) {
            return null;
        }
        return "forbidden: a tracking link follows its own delivery only (subscribe to delivery "
                + onlyDelivery.get() + ")";
    }
}
