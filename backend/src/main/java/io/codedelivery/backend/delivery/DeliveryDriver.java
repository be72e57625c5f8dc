package io.codedelivery.backend.delivery;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What moves a delivery's vehicle: the simulator, or a device (a phone, a tracker app) holding its token. */
public enum DeliveryDriver {
    SIMULATOR, DEVICE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<DeliveryDriver> parse(String code) {
        return Arrays.stream(values()).filter(driver -> driver.code().equals(code)).findFirst();
    }
}
