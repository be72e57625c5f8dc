package io.codedelivery.backend.dashboard;

import java.util.ArrayList;
import java.util.List;

/** Keeps at most so many of a sequence's items, spread evenly over it, always with its first and last. */
final class Thinning {

    private Thinning() {
    }

    static <T> List<T> evenly(List<T> items, int max) {
        if (max < 2) {
            throw new IllegalArgumentException("keeping the first and the last needs room for two, was " + max);
        }
        if (items.size() <= max) {
            return items;
        }
        List<T> kept = new ArrayList<>(max);
        double step = (items.size() - 1) / (double) (max - 1);
        for (int i = 0; i < max; i++) {
            kept.add(items.get((int) Math.round(i * step)));
        }
        return kept;
    }
}
