package io.codedelivery.backend.device;

/** What a device's report can run into; each has its own answer ({@link DeviceErrors}). */
final class DeviceExceptions {

    private DeviceExceptions() {
    }

    /** No delivery has this token (never had, or it was replaced). */
    static final class UnknownToken extends RuntimeException {
        UnknownToken() {
            super("the device token is missing, malformed or no longer valid: ask the dispatcher for a new driver link");
        }
    }

    /** The delivery was delivered or cancelled: its device has nothing more to report. */
    static final class DeliveryEnded extends RuntimeException {
        private final String status;

        DeliveryEnded(String deliveryId, String status) {
            super("delivery " + deliveryId + " is " + status + ": it takes no more positions");
            this.status = status;
        }

        String status() {
            return status;
        }
    }

    /** Positions are taken in seq order only: the device must send from {@code expectedSeq}. */
    static final class SeqGap extends RuntimeException {
        private final long expectedSeq;

        SeqGap(long expectedSeq, long sent) {
            super("positions are taken in order: expected seq " + expectedSeq + ", got " + sent);
            this.expectedSeq = expectedSeq;
        }

        long expectedSeq() {
            return expectedSeq;
        }
    }

    /** A device said it arrived somewhere else than the route's end. */
    static final class NotAtDestination extends RuntimeException {
        NotAtDestination(double metres, double allowed) {
            super("a delivery ends at its destination: the finishing position is %.0f m from it, more than %.0f m"
                    .formatted(metres, allowed));
        }
    }

    /** The report itself is wrong: a field missing or out of range, positions out of order. */
    static final class InvalidReport extends RuntimeException {
        InvalidReport(String message) {
            super(message);
        }
    }
}
