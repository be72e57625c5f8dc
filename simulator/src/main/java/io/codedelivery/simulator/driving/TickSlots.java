package io.codedelivery.simulator.driving;

/**
 * Divides time into slot instants, {@code count} per tick, numbered from the epoch: instant
 * {@code n} is due at {@code ceil(n * tick / count)} ms and belongs to slot {@code n mod count}, so
 * each slot comes round exactly once per tick at the same phase. A delivery's slot follows from its
 * id alone, so it keeps its phase across restarts and on whichever instance drives it.
 */
record TickSlots(long tickMillis, int count) {

    TickSlots(DrivingSettings settings) {
        this(settings.tick().toMillis(), settings.tickSlots());
    }

    int slotOf(String deliveryId) {
        return Math.floorMod(spread(deliveryId.hashCode()), count);
    }

    /** The latest slot instant due at or before the given time. */
    long instantAt(long epochMillis) {
        return Math.floorDiv(epochMillis * count, tickMillis);
    }

    long dueMillis(long instant) {
        return Math.ceilDiv(instant * tickMillis, count);
    }

    int slotOfInstant(long instant) {
        return Math.floorMod(instant, count);
    }

    /** MurmurHash3's finaliser, so that ids differing only in their last characters still spread. */
    private static int spread(int hash) {
        int h = hash;
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}
