package io.codedelivery.backend.delivery;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

public enum DeliveryStatus {
    REQUESTED, IN_TRANSIT, DELIVERED, CANCELLED;

    /** Where a delivery can still be cancelled from. */
    static final List<DeliveryStatus> OPEN = List.of(REQUESTED, IN_TRANSIT);

    /** The name used in documents and in the API: {@code requested}, {@code in_transit}, {@code delivered}, {@code cancelled}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static DeliveryStatus ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    /** The status with this code, if it is one. */
    static Optional<DeliveryStatus> parse(String code) {
        return Arrays.stream(values()).filter(status -> status.code().equals(code)).findFirst();
    }

    static List<String> codes() {
        return Arrays.stream(values()).map(DeliveryStatus::code).toList();
    }
}
