package io.codedelivery.backend.device;

import java.util.Optional;
import org.springframework.stereotype.Component;

/** Gives a device-driven delivery its token and driver link, and replaces them when asked. */
@Component
public class DeviceLinks {

    private final DeviceTrackRepository tracks;

    public DeviceLinks(DeviceTrackRepository tracks) {
        this.tracks = tracks;
    }

    /** A new token for the delivery (any earlier one stops working); empty if it is not stored. */
    public Optional<DeviceLink> issue(String deliveryId) {
        DeviceToken token = DeviceToken.issue();
        return tracks.attach(deliveryId, token) ? Optional.of(DeviceLink.of(deliveryId, token)) : Optional.empty();
    }
}
