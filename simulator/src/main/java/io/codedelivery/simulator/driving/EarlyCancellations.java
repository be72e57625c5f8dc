package io.codedelivery.simulator.driving;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Cancellations read for deliveries this task is not driving: their request may come later (the two
 * travel on two topics), and must then be ignored. Kept in a store (with its changelog) for a day,
 * as long as any request could plausibly trail its cancellation.
 */
final class EarlyCancellations {

    private final KeyValueStore<String, Long> store;

    EarlyCancellations(KeyValueStore<String, Long> store) {
        this.store = store;
    }

    void remember(String deliveryId, long atMillis) {
        store.put(deliveryId, atMillis);
    }

    /** True, and forgotten, when this delivery was cancelled before its request came. */
    boolean take(String deliveryId) {
        return store.delete(deliveryId) != null;
    }

    void forgetBefore(long cutoffMillis) {
        List<String> expired = new ArrayList<>();
        try (KeyValueIterator<String, Long> iterator = store.all()) {
            iterator.forEachRemaining(entry -> {
                if (entry.value < cutoffMillis) {
                    expired.add(entry.key);
                }
            });
        }
        expired.forEach(store::delete);
    }
}
