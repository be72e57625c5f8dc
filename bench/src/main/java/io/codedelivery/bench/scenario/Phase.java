package io.codedelivery.bench.scenario;

/**
 * Who watches during one measurement window of a step: fleet viewers on {@code /ws}, and viewers of
 * one delivery each on {@code /ws?delivery=...} ({@link #ONE_PER_DELIVERY}: as many as there are deliveries).
 */
public record Phase(String name, int fleetViewers, int deliveryViewers) {

    public static final int ONE_PER_DELIVERY = -1;

    public int deliveryViewersFor(int deliveries) {
        return deliveryViewers == ONE_PER_DELIVERY ? deliveries : Math.min(deliveryViewers, deliveries);
    }
}
