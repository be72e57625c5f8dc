package io.codedelivery.backend.device;

import io.codedelivery.contracts.GeoPoint;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A device-driven delivery as its device sees it: the record's status, and the last position
 * published for it ({@code lastSeq} -1 before the first). {@code ended} once its last position
 * (arrival or cancellation) is on Kafka.
 */
record DeviceTrack(String deliveryId, String routeId, String routeTitle, double distanceMeters, String status,
        long lastSeq, @Nullable Instant lastAt, @Nullable GeoPoint lastPoint, boolean ended) {

    boolean open() {
        return !ended && ("requested".equals(status) || "in_transit".equals(status));
    }
}
