package io.codedelivery.backend.tracking;

/**
 * A delivery leaving the live fleet. {@code lastSeq} is the seq of its last position, so a viewer
 * that learns of the delivery later can tell whether the removal is older than what it has.
 */
public record Removal(String deliveryId, Reason reason, long lastSeq) {

    public enum Reason {
        DELIVERED, SILENT, CANCELLED
    }
}
