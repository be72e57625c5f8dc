package io.codedelivery.backend.viewer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Collection;
import java.util.function.Supplier;

/**
 * The viewer feature's meters: viewers by scope kind, positions queued, frames and bytes sent,
 * positions coalesced away for viewers that fell behind, and sockets closed by the server.
 */
final class ViewerMetrics {

    private final MeterRegistry meters;
    private final Counter frames;
    private final Counter bytes;
    private final Counter coalesced;

    ViewerMetrics(MeterRegistry meters) {
        this.meters = meters;
        this.frames = Counter.builder("codedelivery.viewer.frames.sent").register(meters);
        this.bytes = Counter.builder("codedelivery.viewer.bytes.sent").baseUnit("bytes").register(meters);
        this.coalesced = Counter.builder("codedelivery.viewer.positions.coalesced")
                .description("positions left out for viewers that fell behind").register(meters);
    }

    void watch(Subscriptions subscriptions, Supplier<Collection<Viewer>> viewers) {
        for (String kind : new String[] {"fleet", "delivery", "area"}) {
            Gauge.builder("codedelivery.viewers", subscriptions, s -> s.countByKind().get(kind))
                    .description("connected viewers by scope kind").tag("scope", kind).strongReference(true)
                    .register(meters);
        }
        Gauge.builder("codedelivery.viewer.positions.queued", viewers,
                all -> all.get().stream().mapToInt(viewer -> viewer.outbox().backlog()).sum())
                .description("positions waiting in viewers' outboxes").strongReference(true).register(meters);
    }

    void sent(int length) {
        frames.increment();
        bytes.increment(length);
    }

    void coalesced(int positions) {
        if (positions > 0) {
            coalesced.increment(positions);
        }
    }

    void closed(String reason) {
        Counter.builder("codedelivery.viewer.closed").description("sockets the server closed")
                .tag("reason", reason).register(meters).increment();
    }
}
