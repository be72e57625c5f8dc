package io.codedelivery.backend.device;

import io.codedelivery.contracts.GeoPoint;
import java.time.Instant;

/** One position as a device reported it; {@code seq} is the device's own count, or -1 when the server numbers it. */
record DeviceFix(long seq, GeoPoint point, Instant at, boolean finished) {
}
