package io.codedelivery.backend.audit;

import io.codedelivery.backend.messaging.EventPublisher;
import io.codedelivery.contracts.AuditAction;
import io.codedelivery.contracts.AuditEvent;
import io.codedelivery.contracts.JsonCodec;
import io.codedelivery.contracts.Topics;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records what people do, one {@link AuditEvent} on {@code audit.events} per action that succeeded,
 * and from there in the search engine's audit index. Sending happens on a thread of its own: recording
 * never blocks the request, never fails it, and never throws. An event that cannot be sent (the queue
 * is full, Kafka refuses it or does not answer in time) is logged as one WARN line holding the whole
 * event as JSON ({@code auditEvent}), so it still reaches the search engine with the logs.
 */
public final class AuditTrail implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);

    private final EventPublisher publisher;
    private final String replica;
    private final Clock clock;
    private final Executor sender;

    /** {@code sender}: runs each send; closed with the trail when it is an {@link ExecutorService}. */
    public AuditTrail(EventPublisher publisher, String replica, Clock clock, Executor sender) {
        this.publisher = publisher;
        this.replica = replica;
        this.clock = clock;
        this.sender = sender;
    }

    /**
     * Who made a request: the signed-in user by name, or, when no one signs in (open mode), someone
     * known only by the address.
     */
    public static AuditEvent.Actor actorOf(HttpServletRequest request) {
        Principal principal = request.getUserPrincipal();
        return principal == null ? anonymous(request.getRemoteAddr()) : user(principal.getName(), request);
    }

    /** A user known by name, at the address the request came from (at sign-in, before the request has a principal). */
    public static AuditEvent.Actor user(String name, HttpServletRequest request) {
        return AuditEvent.Actor.user(name, anonymous(request.getRemoteAddr()).address());
    }

    /**
     * Someone known only by the address the request came from. An address that is not one (it may
     * come from a proxy's header) is kept as letters, digits and {@code . : % _ -} only.
     */
    public static AuditEvent.Actor anonymous(@Nullable String address) {
        if (address == null || AuditEvent.Actor.isAddress(address)) {
            return AuditEvent.Actor.anonymous(address);
        }
        String safe = address.replaceAll("[^A-Za-z0-9.:%_-]", "_");
        safe = safe.substring(0, Math.min(AuditEvent.Actor.MAX_ADDRESS_LENGTH, safe.length()));
        return AuditEvent.Actor.anonymous(safe.isEmpty() ? null : safe);
    }

    /** Details from keys and values in turn; a null value leaves its key out. */
    public static Map<String, String> details(String... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("details come in pairs of a key and a value");
        }
        Map<String, String> details = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                details.put(keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return details;
    }

    /** {@code details}: a few words more (ids, a title); values are cut to their bound, nulls left out. */
    public void record(AuditAction action, AuditEvent.Actor actor, String subjectId, Map<String, String> details) {
        AuditEvent event;
        try {
            event = AuditEvent.of(action, actor, subjectId, clock.instant(), replica, cleaned(details));
        } catch (RuntimeException e) {
            log.atWarn().addKeyValue("auditAction", action.code()).addKeyValue("auditSubjectId", String.valueOf(subjectId))
                    .addKeyValue("auditActor", String.valueOf(actor)).addKeyValue("auditDetails", String.valueOf(details))
                    .log("audit event {} on {} not recorded: {}", action.code(), subjectId, e.getMessage());
            return;
        }
        try {
            sender.execute(() -> send(event));
        } catch (RuntimeException e) {
            notSent(event, e);
        }
    }

    private void send(AuditEvent event) {
        try {
            publisher.send(Topics.AUDIT_EVENTS, event, failure -> notSent(event, failure));
        } catch (RuntimeException e) {
            notSent(event, e);
        }
    }

    private static void notSent(AuditEvent event, Exception why) {
        log.atWarn().addKeyValue("auditEvent", new String(JsonCodec.encode(event), StandardCharsets.UTF_8))
                .addKeyValue("auditError", String.valueOf(why))
                .log("audit event {} ({} {} {}) not sent to {}: {}", event.eventId(), event.action(),
                        event.subjectType(), event.subjectId(), Topics.AUDIT_EVENTS.name(), why.toString());
    }

    private static Map<String, String> cleaned(Map<String, String> details) {
        Map<String, String> cleaned = new LinkedHashMap<>();
        details.forEach((key, value) -> {
            if (value != null) {
                cleaned.put(key, AuditEvent.detail(value));
            }
        });
        return cleaned;
    }

    /** Sends what is queued (for a few seconds at most), then stops; before the producer closes. */
    @Override
    public void close() {
        if (sender instanceof ExecutorService executor) {
            executor.shutdown();
            try {
                if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                    log.warn("audit events still queued at shutdown: {} left unsent", executor.shutdownNow().size());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
