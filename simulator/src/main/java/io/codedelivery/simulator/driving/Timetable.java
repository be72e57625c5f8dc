package io.codedelivery.simulator.driving;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which deliveries are due when: the deliveries of each slot, and the last slot instant driven.
 * However late or seldom it is asked, it hands over every instant due since the last time, oldest
 * first, each exactly once, so no slot is skipped and none is driven twice in one tick.
 */
final class Timetable {
    private final TickSlots slots;
    private final List<Set<String>> deliveriesBySlot;
    private long lastDriven;
    private int size;

    /** Starts with nothing due before {@code nowMillis}: the deliveries' stored steps say where they are. */
    Timetable(TickSlots slots, long nowMillis) {
        this.slots = slots;
        this.deliveriesBySlot = new ArrayList<>(slots.count());
        for (int slot = 0; slot < slots.count(); slot++) {
            deliveriesBySlot.add(new LinkedHashSet<>());
        }
        this.lastDriven = slots.instantAt(nowMillis);
    }

    void add(String deliveryId) {
        if (deliveriesBySlot.get(slots.slotOf(deliveryId)).add(deliveryId)) {
            size++;
        }
    }

    void remove(String deliveryId) {
        if (deliveriesBySlot.get(slots.slotOf(deliveryId)).remove(deliveryId)) {
            size--;
        }
    }

    int size() {
        return size;
    }

    /** Hands each slot instant due since the last call and holding deliveries to {@code driver}, in order. */
    void driveDue(long nowMillis, SlotDriver driver) {
        long latest = slots.instantAt(nowMillis);
        while (lastDriven < latest) {
            lastDriven++;
            Set<String> due = deliveriesBySlot.get(slots.slotOfInstant(lastDriven));
            if (!due.isEmpty()) {
                driver.drive(List.copyOf(due), slots.dueMillis(lastDriven));
            }
        }
    }

    @FunctionalInterface
    interface SlotDriver {
        void drive(List<String> deliveryIds, long dueMillis);
    }
}
