package io.codedelivery.contracts;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an {@link AuditEvent} records, and the kind of thing it is about. The codes are what the
 * search index holds; a new action is one more constant here, an additive change to the contract.
 */
public enum AuditAction {

    DELIVERY_STARTED("delivery.started", "delivery"),
    DELIVERY_CANCELLED("delivery.cancelled", "delivery"),
    DRIVER_LINK_ISSUED("driver-link.issued", "delivery"),
    ROUTE_CREATED("route.created", "route"),
    ROUTE_IMPORTED("route.imported", "route"),
    ROUTE_CHANGED("route.changed", "route"),
    USER_SIGNED_IN("user.signed-in", "user"),
    TRACKING_LINK_ISSUED("tracking-link.issued", "delivery");

    private final String code;
    private final String subjectType;

    AuditAction(String code, String subjectType) {
        this.code = code;
        this.subjectType = subjectType;
    }

    /** As written in {@link AuditEvent#action()}: {@code delivery.started}, ... */
    public String code() {
        return code;
    }

    /** As written in {@link AuditEvent#subjectType()}: {@code delivery}, {@code route} or {@code user}. */
    public String subjectType() {
        return subjectType;
    }

    public static Optional<AuditAction> ofCode(String code) {
        return Arrays.stream(values()).filter(action -> action.code.equals(code)).findFirst();
    }
}
