package io.codedelivery.backend.delivery;

import java.util.Locale;

public enum DeliveryStatus {
    REQUESTED, IN_TRANSIT, DELIVERED;

    /** The name used in documents and in the API: {@code requested}, {@code in_transit}, {@code delivered}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static DeliveryStatus ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
