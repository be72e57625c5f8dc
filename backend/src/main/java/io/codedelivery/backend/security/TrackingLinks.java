package io.codedelivery.backend.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A customer's link to follow one delivery: {@code /track/{id}?access=TOKEN}, the token naming the
 * delivery and its expiry, signed. Its holder may read that delivery, its route and its trail, and
 * watch it live; nothing else. Nothing is stored: every replica with the key checks it alone.
 */
public final class TrackingLinks {

    private static final String PURPOSE = "tracking";

    private final Signatures signatures;
    private final Duration lifetime;
    private final Clock clock;

    TrackingLinks(Signatures signatures, Duration lifetime, Clock clock) {
        this.signatures = signatures;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    public TrackingLink issue(String deliveryId) {
        Instant expiresAt = clock.instant().plus(lifetime);
        String token = new SignedText(deliveryId, expiresAt).encode(signatures, PURPOSE);
        String path = "/track/" + URLEncoder.encode(deliveryId, StandardCharsets.UTF_8) + "?access=" + token;
        return new TrackingLink(path, token, expiresAt);
    }

    /** The delivery a token lets its holder follow, if it is genuine and not expired. */
    Optional<String> deliveryOf(String token) {
        return SignedText.decode(token, signatures, PURPOSE, clock.instant()).map(SignedText::subject);
    }

    /** The one delivery a caller may follow when it came with a tracking link, empty for anyone else. */
    public static Optional<String> trackedDelivery(Principal principal) {
        return principal instanceof TrackingAuthentication tracking ? Optional.of(tracking.deliveryId())
                : Optional.empty();
    }
}
