package io.codedelivery.backend.device;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code arrivalMeters}: how near the route's end a device's position must be to end its delivery.
 * {@code maxBatch}: positions one report may carry. {@code maxClockSkew}: how far in the future a
 * device's clock may be (the live path refuses later positions as impossible).
 */
@ConfigurationProperties("codedelivery.device")
public record DeviceSettings(double arrivalMeters, int maxBatch, Duration maxClockSkew) {
}
